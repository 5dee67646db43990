/**
 * `homelab doctor`: a preflight, each finding with its fix. Checks what a
 * run would trip over: the tofu binary, the model, the providers, the
 * credentials, the libvirt connection, the services' addresses, disk space.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliError } from "./errors";
import { credentialVariables, endpoints, libvirtUri, readStackConfig } from "./inspect";
import { libvirtReachable, tcpReachable } from "./probes";
import { INIT_ARGS } from "./run-stacks";
import type { StackInfo } from "./stacks";
import { runTofu, tofuVersion, versionAtLeast } from "./tofu";

export type Severity = "ok" | "warn" | "fail";

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly detail: string;
  /** What to do about it (absent when ok). */
  readonly fix?: string;
}

export interface DoctorOptions {
  readonly tofu: string;
  readonly env: NodeJS.ProcessEnv;
  /** The model check: undefined when valid, else the model's error message. */
  readonly modelProblem: string | undefined;
  /** Synthesized stacks, or undefined when nothing is synthesized. */
  readonly stacks: readonly StackInfo[] | undefined;
  readonly logDir: string;
  /** Skip the network checks (addresses, libvirt). */
  readonly offline?: boolean;
}

export const MIN_TOFU = "1.10.0";

export async function doctor(options: DoctorOptions): Promise<Finding[]> {
  const findings: Finding[] = [];
  const push = (f: Finding) => findings.push(f);

  let tofuRuns = false;
  try {
    const v = tofuVersion(options.tofu, options.env);
    if (!v.openTofu) {
      push({
        check: "tofu",
        severity: "fail",
        detail: `${options.tofu} is not OpenTofu (it says version ${v.version})`,
        fix: "install OpenTofu (state encryption and the S3 lock file need it), or set HOMELAB_TOFU to it",
      });
    } else if (!versionAtLeast(v.version, MIN_TOFU)) {
      push({
        check: "tofu",
        severity: "fail",
        detail: `OpenTofu ${v.version} is older than ${MIN_TOFU}`,
        fix: `install OpenTofu ${MIN_TOFU} or newer`,
      });
    } else push({ check: "tofu", severity: "ok", detail: `OpenTofu ${v.version}` });
    tofuRuns = true;
  } catch (e) {
    push({ check: "tofu", severity: "fail", detail: (e as Error).message, fix: "install OpenTofu 1.10 or newer" });
  }

  if (options.modelProblem) {
    push({ check: "model", severity: "fail", detail: options.modelProblem, fix: "correct the files named above" });
  } else push({ check: "model", severity: "ok", detail: "site.yaml and clusters/*.yaml are valid" });

  if (!options.stacks) {
    push({ check: "synth", severity: "fail", detail: "nothing is synthesized", fix: "run `homelab synth`" });
    return findings;
  }

  // Providers: `tofu init -backend=false` in a scratch copy resolves every provider without touching state.
  fs.mkdirSync(options.logDir, { recursive: true });
  for (const stack of tofuRuns ? options.stacks : []) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `homelab-doctor-${stack.name}-`));
    try {
      fs.copyFileSync(path.join(stack.dir, "cdk.tf.json"), path.join(scratch, "cdk.tf.json"));
      const log = path.join(options.logDir, `${stack.name}.doctor.log`);
      const init = await runTofu(options.tofu, [...INIT_ARGS, "-backend=false"], {
        cwd: scratch,
        env: options.env,
        logFile: log,
      });
      if (init.code === 0)
        push({ check: `providers (${stack.name})`, severity: "ok", detail: "every provider resolves" });
      else
        push({
          check: `providers (${stack.name})`,
          severity: "fail",
          detail: (init.errors[0] ?? "tofu init failed").split("\n").slice(0, 3).join(" "),
          fix: `reach the provider registry, or build the offline mirror: eval "$(toolchain/build.sh --print-env)" (log: ${log})`,
        });
    } catch (e) {
      if (e instanceof CliError)
        push({ check: `providers (${stack.name})`, severity: "fail", detail: e.message, fix: "install OpenTofu" });
      else throw e;
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  const configs = options.stacks.map(readStackConfig);
  // One finding per variable, naming every stack that needs it.
  const needed = new Map<string, { required: boolean; for: string; stacks: string[] }>();
  for (const config of configs) {
    for (const v of credentialVariables(config)) {
      const entry = needed.get(v.name) ?? { required: false, for: v.for, stacks: [] };
      entry.required ||= v.required;
      entry.stacks.push(config.stack);
      needed.set(v.name, entry);
    }
  }
  const missing = [...needed].filter(([name]) => !options.env[name]).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [name, m] of missing) {
    push({
      check: "credentials",
      severity: m.required ? "fail" : "warn",
      detail: `${name} is not set (${m.for}; stacks ${m.stacks.join(", ")})`,
      fix: m.required
        ? `set ${name} in the environment`
        : `set ${name} once the service runs; until then its resources fail to authenticate`,
    });
  }
  if (missing.length === 0) push({ check: "credentials", severity: "ok", detail: `all ${needed.size} set` });

  if (!options.offline) {
    const uris = [...new Set(configs.map(libvirtUri).filter((u): u is string => !!u))].sort();
    for (const uri of uris) {
      const r = libvirtReachable(uri);
      push(
        r.state === "reachable"
          ? { check: "libvirt", severity: "ok", detail: `${uri} answers` }
          : {
              check: "libvirt",
              severity: "fail",
              detail: `${uri}: ${r.detail}`,
              fix: "start libvirtd, or set libvirt.uri in site.yaml to a host you can reach",
            },
      );
    }
    const seen = new Set<string>();
    for (const e of configs.flatMap(endpoints)) {
      const key = `${e.host}:${e.port}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = await tcpReachable(e.host, e.port);
      push(
        r.state === "reachable"
          ? { check: "address", severity: "ok", detail: `${key} (${e.what}) answers` }
          : {
              check: "address",
              severity: "warn",
              detail: `${key} (${e.what}): ${r.detail}`,
              fix: "expected before the support VM runs; afterwards check DNS for the support domain and the route to the VLAN",
            },
      );
    }
    const imageDir = "/var/lib/libvirt/images";
    if (uris.some((u) => u.startsWith("qemu:///")) && fs.existsSync(imageDir)) {
      const s = fs.statfsSync(imageDir);
      const freeGiB = (s.bavail * s.bsize) / 2 ** 30;
      push(
        freeGiB < 20
          ? {
              check: "disk",
              severity: freeGiB < 5 ? "fail" : "warn",
              detail: `${freeGiB.toFixed(1)} GiB free in ${imageDir}`,
              fix: "free space for the base image and the VMs' disks (they grow to their modelled sizes)",
            }
          : { check: "disk", severity: "ok", detail: `${freeGiB.toFixed(0)} GiB free in ${imageDir}` },
      );
    }
  }
  return findings;
}

export function formatFindings(findings: readonly Finding[]): string {
  const mark: Record<Severity, string> = { ok: "ok  ", warn: "warn", fail: "FAIL" };
  const lines = findings.map(
    (f) => `${mark[f.severity]}  ${f.check}: ${f.detail}${f.fix ? `\n        fix: ${f.fix}` : ""}`,
  );
  const fails = findings.filter((f) => f.severity === "fail").length;
  const warns = findings.filter((f) => f.severity === "warn").length;
  lines.push(
    "",
    fails
      ? `${fails} problems must be fixed first${warns ? `, ${warns} warnings` : ""}`
      : `ready${warns ? ` (${warns} warnings)` : ""}`,
  );
  return lines.join("\n");
}
