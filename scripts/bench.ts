/**
 * Synth benchmark: wall time and peak memory of the app run that `cdktf synth`
 * executes (`node scripts/run.js main.ts`), for the shipped model and for
 * generated models of 10 and 50 clusters (the run includes writing the
 * GitOps tree), and the GitOps rendering on its own, in process. Prints
 * tables; asserts nothing.
 *
 *   npm run bench [-- --runs 5]
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { parse, stringify } from "yaml";
import { renderGitops } from "../gitops";
import { loadModel } from "../model";

// process.argv[1] is this file (scripts/run.js sets it); __dirname would be the bundle cache.
const ROOT = path.resolve(path.dirname(process.argv[1]), "..");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

/** Targets on a 2-core machine. */
const TARGET = { shippedSeconds: 1.0, shippedMiB: 300, perClusterMs: 30, fiftySeconds: 2.5 };

/** A model directory with `count` generated clusters on a /16 VLAN that holds them all. */
function generatedModel(count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `homelab-bench-${count}-`));
  fs.mkdirSync(path.join(dir, "clusters"));
  const site = parse(fs.readFileSync(path.join(ROOT, "site.example.yaml"), "utf8"));
  site.network = {
    ...site.network,
    vlan_cidr: "10.100.0.0/16",
    gateway_ip: "10.100.0.1",
    nfs_allowed_network: "10.100.0.0/16",
  };
  site.support = { ...site.support, ip: "10.100.0.10" };
  fs.writeFileSync(path.join(dir, "site.yaml"), stringify(site));
  for (let i = 1; i <= count; i++) {
    const name = `c${String(i).padStart(3, "0")}`;
    const hex = i.toString(16).padStart(2, "0");
    const node = (host: number) => ({
      ip: `10.100.${i}.${host}`,
      mac: `52:54:00:64:${hex}:${host.toString(16).padStart(2, "0")}`,
    });
    const istio = i % 2 === 0;
    const cluster = {
      name,
      master: node(10),
      workers: [1, 2, 3].map((w) => ({ name: `worker-${w}`, ...node(10 + w) })),
      cni: istio ? "cilium" : "default",
      helmfile_env: istio ? "istio-mesh" : "default",
      loadbalancer: { cidr: `10.100.${i}.192/28` },
      vault: { auth_mount: "kubernetes", namespace: name },
      bgp: { asn: 64600 + i },
      oidc: { enabled: true, client_id: "kubernetes" },
    };
    fs.writeFileSync(path.join(dir, "clusters", `${name}.yaml`), stringify(cluster));
  }
  return dir;
}

interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
}

function runOnce(modelDir: string): Measurement {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-bench-out-"));
  const rssFile = path.join(outdir, "rss");
  const start = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      "--require",
      path.join(ROOT, "scripts/report-peak-rss.js"),
      path.join(ROOT, "scripts/run.js"),
      path.join(ROOT, "main.ts"),
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: {
        ...process.env,
        HOMELAB_MODEL_DIR: modelDir,
        CDKTF_OUTDIR: path.join(outdir, "out"),
        HOMELAB_RSS_FILE: rssFile,
      },
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`synth failed for ${modelDir}:\n${result.stderr}`);
  const peakMiB = Number(fs.readFileSync(rssFile, "utf8")) / 1024;
  fs.rmSync(outdir, { recursive: true, force: true });
  return { seconds, peakMiB };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function main(): void {
  const cases: { label: string; clusters: number; dir: string }[] = [
    { label: "shipped model", clusters: fs.readdirSync(path.join(ROOT, "clusters")).length, dir: ROOT },
    { label: "generated", clusters: 10, dir: generatedModel(10) },
    { label: "generated", clusters: 50, dir: generatedModel(50) },
  ];
  runOnce(ROOT); // builds the cached bundle, as the first synth after a change does
  const rows = cases.map((c) => {
    const samples = Array.from({ length: RUNS }, () => runOnce(c.dir));
    return {
      ...c,
      median: median(samples.map((s) => s.seconds)),
      min: Math.min(...samples.map((s) => s.seconds)),
      max: Math.max(...samples.map((s) => s.seconds)),
      peak: Math.max(...samples.map((s) => s.peakMiB)),
    };
  });
  const [shipped, ten, fifty] = rows;
  const perCluster = ((fifty.median - ten.median) / (fifty.clusters - ten.clusters)) * 1000;

  console.log(`synth benchmark: ${RUNS} runs per case, ${os.cpus().length} CPUs, node ${process.version}`);
  console.log("| model | clusters | median s | min s | max s | peak MiB |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.label} | ${r.clusters} | ${r.median.toFixed(3)} | ${r.min.toFixed(3)} | ${r.max.toFixed(3)} | ${r.peak.toFixed(0)} |`,
    );
  }
  console.log();
  console.log("| target | measured | limit | |");
  console.log("|---|---:|---:|---|");
  const check = (name: string, value: number, limit: number, unit: string) =>
    console.log(
      `| ${name} | ${value.toFixed(unit === "s" ? 3 : 0)} ${unit} | ${limit} ${unit} | ${value <= limit ? "ok" : "OVER"} |`,
    );
  check("shipped model, wall", shipped.median, TARGET.shippedSeconds, "s");
  check("shipped model, peak memory", shipped.peak, TARGET.shippedMiB, "MiB");
  check("each extra cluster (10 → 50)", perCluster, TARGET.perClusterMs, "ms");
  check("50 clusters, wall", fifty.median, TARGET.fiftySeconds, "s");

  // The GitOps tree alone, in this process: the first render (cold, as in a synth) and warm ones.
  console.log();
  console.log("| GitOps tree | clusters | files | first ms | median ms |");
  console.log("|---|---:|---:|---:|---:|");
  for (const c of cases) {
    const { model } = loadModel(c.dir);
    const t0 = performance.now();
    const files = renderGitops(model).entries().length;
    const first = performance.now() - t0;
    const warm = Array.from({ length: RUNS }, () => {
      const t = performance.now();
      renderGitops(model);
      return performance.now() - t;
    });
    console.log(`| ${c.label} | ${c.clusters} | ${files} | ${first.toFixed(0)} | ${median(warm).toFixed(0)} |`);
  }
  for (const c of cases.slice(1)) fs.rmSync(c.dir, { recursive: true, force: true });
}

main();
