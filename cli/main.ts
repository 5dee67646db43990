/**
 * `homelab`: one command for the homelab's lifecycle. It knows the stacks
 * and their order from the synthesized manifest (cdktf's stack
 * dependencies) and runs OpenTofu in each stack's directory.
 *
 *   npx homelab synth | plan | apply | destroy | status | doctor
 *
 * Environment: HOMELAB_TOFU (the tofu binary), HOMELAB_MODEL_DIR (where
 * site.yaml and clusters/ are; default the current directory).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as readline from "node:readline/promises";
import { Command, Option } from "commander";
import { CONTRACT } from "../constructs/contract";
import { type HomelabModel, loadModel, ModelError } from "../model";
import { doctor, formatFindings } from "./doctor";
import { CliError } from "./errors";
import { Progress } from "./progress";
import { runStacks, summarize, Verb } from "./run-stacks";
import { readStacks, select, StackInfo } from "./stacks";
import { formatStatus, status } from "./status";
import { Credentials } from "./credentials";
import { type Remote, sshRemote } from "./remote";
import { up } from "./up";
import { backup, checkBackupPassphrase } from "./backup";
import { readStackConfig } from "./inspect";
import { tofuBinary } from "./tofu";

/** The repository: this file lives in <root>/cli. */
const ROOT = path.resolve(path.dirname(process.argv[1] ?? __filename), "..");

interface GlobalOptions {
  outdir: string;
}

function logDir(verb: string): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return path.resolve(".state", "logs", `${stamp}-${verb}`);
}

/** Runs the app the way `cdktf synth` does, without cdktf-cli in between. */
export function synth(outdir: string, extraEnv: Record<string, string> = {}): StackInfo[] {
  const out = path.resolve(outdir);
  const before = fs.existsSync(path.join(out, "stacks")) ? fs.readdirSync(path.join(out, "stacks")) : [];
  // Like cdktf-cli: TF_VAR_* are for tofu, never for the app.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TF_VAR_")));
  const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "run.js"), path.join(ROOT, "main.ts")], {
    env: {
      ...env,
      CDKTF_OUTDIR: out,
      CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
      CDKTF_CONTEXT_JSON: JSON.stringify({ cdktfRelativeModules: [] }),
      HOMELAB_MODEL_DIR: process.env.HOMELAB_MODEL_DIR ?? process.cwd(),
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (run.status !== 0)
    throw new CliError("synth failed: nothing was written (see the messages above)", run.status ?? 1);
  const stacks = readStacks(out);
  const names = new Set(stacks.map((s) => s.name));
  // Stacks that no longer exist in the model (a removed cluster file) leave no directory behind.
  for (const dir of before.filter((d) => !names.has(d)))
    fs.rmSync(path.join(out, "stacks", dir), { recursive: true, force: true });
  return stacks;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim() === "yes";
  } finally {
    rl.close();
  }
}

async function changeStacks(
  verb: Verb,
  names: string[],
  opts: Record<string, unknown>,
  global: GlobalOptions,
): Promise<number> {
  const all = readStacks(path.resolve(global.outdir));
  const chosen = select(all, names, opts.withDeps === true);
  const targets = (opts.target as string[]) ?? [];
  const excludes = (opts.exclude as string[]) ?? [];
  if ((targets.length || excludes.length) && chosen.length !== 1) {
    throw new CliError(
      `--target and --exclude name addresses of one stack: name exactly one stack (got ${chosen.map((s) => s.name).join(", ")})`,
    );
  }
  if (verb === "destroy" && !opts.dryRun && !opts.yes) {
    const list = chosen.map((s) => s.name).join(", ");
    if (!process.stdin.isTTY)
      throw new CliError(`destroy of ${list} needs --yes when not run from a terminal; nothing was changed`);
    if (!(await confirm(`Destroy ${list} and everything in them? Type yes to go on: `))) {
      throw new CliError("not confirmed; nothing was changed");
    }
  }
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const outcomes = await runStacks({
      verb,
      stacks: chosen,
      targets,
      excludes,
      dryRun: opts.dryRun === true,
      parallel: opts.parallel === undefined ? undefined : Number(opts.parallel),
      env: process.env,
      tofu: tofuBinary(),
      logDir: logDir(verb),
      progress: new Progress(),
      print: (line) => process.stdout.write(`${line}\n`),
      signal: controller.signal,
    });
    if (opts.dryRun) return 0;
    process.stdout.write(`\n${summarize(outcomes)}\n`);
    if (outcomes.some((o) => o.status === "failed" || o.status === "skipped")) return 1;
    if (verb === "plan" && opts.detailedExitcode && outcomes.some((o) => o.status === "changes")) return 2;
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function program(): Command {
  const cmd = new Command("homelab")
    .description("Bring the homelab up, change it, tell its state — every stack in dependency order.")
    .option("--outdir <dir>", "where the synthesized stacks are", "cdktf.out")
    .showHelpAfterError()
    .exitOverride();
  const g = () => cmd.opts<GlobalOptions>();

  cmd
    .command("synth")
    .description("validate the model and synthesize every stack (the output of `cdktf synth`, without cdktf-cli)")
    .action(() => {
      const stacks = synth(g().outdir);
      process.stderr.write(
        `synthesized ${stacks.length} stacks into ${g().outdir}: ${stacks.map((s) => s.name).join(", ")}\n`,
      );
    });

  const scoped = (name: Verb, description: string) =>
    cmd
      .command(`${name} [stacks...]`)
      .description(description)
      .option("-t, --target <address>", "passed to tofu as -target (one stack only; repeatable)", collect, [])
      .option("-e, --exclude <address>", "passed to tofu as -exclude (one stack only; repeatable)", collect, [])
      .option("--with-deps", "also the stacks the named ones depend on")
      .option("--dry-run", "print what would run; change nothing");

  scoped("plan", "plan stacks (all when none named), independent ones side by side")
    .addOption(new Option("--parallel <n>", "stacks planned at once").default("2"))
    .option("--detailed-exitcode", "exit 2 when any stack has changes")
    .action(async (names: string[], opts) => void (process.exitCode = await changeStacks("plan", names, opts, g())));
  scoped("apply", "apply stacks (all when none named) in dependency order").action(
    async (names: string[], opts) => void (process.exitCode = await changeStacks("apply", names, opts, g())),
  );
  scoped("destroy", "destroy stacks (all when none named) in reverse dependency order")
    .option("-y, --yes", "do not ask for confirmation")
    .action(async (names: string[], opts) => void (process.exitCode = await changeStacks("destroy", names, opts, g())));

  cmd
    .command("status [stacks...]")
    .description(
      "per stack (all when none named) applied / pending changes / drifted; its VMs; cluster nodes and ArgoCD; OpenBao's seal",
    )
    .option("--json", "machine-readable output")
    .action(async (names: string[], opts: { json?: boolean }) => {
      const stacks = select(readStacks(path.resolve(g().outdir)), names);
      const report = await status(stacks, {
        tofu: tofuBinary(),
        env: process.env,
        logDir: logDir("status"),
        root: process.cwd(),
      });
      process.stdout.write(`${opts.json ? JSON.stringify(report, null, 2) : formatStatus(report)}\n`);
    });

  cmd
    .command("doctor")
    .description("preflight: tofu, model, providers, credentials, libvirt, service addresses, disk — each with a fix")
    .option("--json", "machine-readable output")
    .option("--offline", "skip the checks that connect to libvirt and the services")
    .action(async (opts: { json?: boolean; offline?: boolean }) => {
      let modelProblem: string | undefined;
      try {
        loadModel(process.env.HOMELAB_MODEL_DIR ?? process.cwd());
      } catch (e) {
        if (!(e instanceof ModelError)) throw e;
        modelProblem = e.message;
      }
      let stacks: StackInfo[] | undefined;
      try {
        stacks = readStacks(path.resolve(g().outdir));
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
      }
      const findings = await doctor({
        tofu: tofuBinary(),
        env: process.env,
        modelProblem,
        stacks,
        logDir: logDir("doctor"),
        offline: opts.offline,
      });
      process.stdout.write(`${opts.json ? JSON.stringify(findings, null, 2) : formatFindings(findings)}\n`);
      if (findings.some((f) => f.severity === "fail")) process.exitCode = 1;
    });
  cmd
    .command("up")
    .description(
      "bring everything up, or bring it back to the model: support VM, state bucket, then every stack in order",
    )
    .option("--wait <seconds>", "how long to wait for a service to answer", "900")
    .action(async (opts: { wait: string }) => {
      const { model } = loadModel(process.env.HOMELAB_MODEL_DIR ?? process.cwd());
      const { site } = model;
      const { credentials } = credentialsFor(model, g().outdir);
      const controller = new AbortController();
      process.once("SIGINT", () => controller.abort());
      process.once("SIGTERM", () => controller.abort());
      const outcomes = await up({
        synth: (local) => synth(g().outdir, local ? { HOMELAB_SUPPORT_BACKEND: "local" } : {}),
        credentials,
        tofu: tofuBinary(),
        env: process.env,
        logDir: logDir("up"),
        progress: new Progress(),
        localStatePath: (stack) => path.resolve(".state", stack, "terraform.tfstate"),
        runRecord: path.resolve(".state", "up.json"),
        stateBucket: { bucket: site.state.bucket, region: site.state.region },
        waitSeconds: Number(opts.wait),
        signal: controller.signal,
      });
      process.stdout.write(`\n${summarize(outcomes)}\n`);
    });
  cmd
    .command("backup")
    .description("copy OpenBao's init material (encrypted) and every stack's state object to a directory")
    .requiredOption("--to <dir>", "where the backup goes (a new directory per run is made in it)")
    .action(async (opts: { to: string }) => {
      const passphrase = checkBackupPassphrase(process.env.HOMELAB_BACKUP_PASSPHRASE);
      const { model } = loadModel(process.env.HOMELAB_MODEL_DIR ?? process.cwd());
      const { site } = model;
      const stacks = readStacks(path.resolve(g().outdir));
      const keys = stacks
        .map((s) => readStackConfig(s).backend)
        .filter((b) => b?.type === "s3")
        .map((b) => String(b!.config.key));
      const { credentials, remote } = credentialsFor(model, g().outdir);
      const s3 = readStackConfig(stacks[0]);
      const creds = await credentials.forStack(s3, [
        { name: "AWS_ACCESS_KEY_ID", required: true },
        { name: "AWS_SECRET_ACCESS_KEY", required: true },
      ]);
      const written = await backup({
        to: path.resolve(opts.to),
        passphrase,
        remote,
        secretsDir: SUPPORT_FILES.secretsDir,
        openbaoInit: SUPPORT_FILES.openbaoInit,
        state: {
          bucket: site.state.bucket,
          keys,
          target: {
            endpoint: site.state.endpoint,
            region: site.state.region,
            accessKeyId: creds.AWS_ACCESS_KEY_ID,
            secretAccessKey: creds.AWS_SECRET_ACCESS_KEY,
          },
        },
      });
      process.stdout.write(`${written.join("\n")}\n`);
    });
  return cmd;
}

/** What the support VM's services generate, in its secrets directory (nixos/contract.json). */
const SUPPORT_FILES = {
  secretsDir: CONTRACT.secretsDir,
  minioRootEnv: CONTRACT.secretFiles.minio.rootCredentials,
  openbaoInit: CONTRACT.generatedFiles.openbao.init,
};

/** Credentials collected from the support VM, the stacks' outputs and the clusters, for `model`. */
function credentialsFor(model: HomelabModel, outdir: string): { credentials: Credentials; remote: Remote } {
  const { site } = model;
  const remote = sshRemote(site.admin.user, site.support.ip);
  const credentials = new Credentials(
    {
      remote,
      files: SUPPORT_FILES,
      upstreamKeycloakUrl: site.identity.keycloakUrl,
      outputs: (name) => outputOf(path.resolve(outdir), name),
      clusterKeycloakAdmin: (url) => clusterKeycloakAdmin(model.clusters, url),
    },
    process.env,
  );
  return { credentials, remote };
}

/** `tofu output -json <name>` of the stack that declares the output, or undefined when none does. */
async function outputOf(outdir: string, name: string): Promise<unknown> {
  for (const stack of readStacks(outdir)) {
    const json = JSON.parse(fs.readFileSync(path.join(stack.dir, "cdk.tf.json"), "utf8"));
    if (json.output?.[name] === undefined) continue;
    const r = spawnSync(tofuBinary(), ["output", "-json", name], {
      cwd: stack.dir,
      env: process.env,
      encoding: "utf8",
    });
    if (r.status !== 0)
      throw new CliError(`tofu output ${name} in ${stack.name} failed — has ${stack.name} been applied?`);
    return JSON.parse(r.stdout);
  }
  return undefined;
}

/** The in-cluster Keycloak's initial admin, read from the cluster with its kubeconfig (the Keycloak operator writes it). */
async function clusterKeycloakAdmin(
  clusters: readonly { name: string; keycloakUrl: string }[],
  url: string,
): Promise<{ username: string; password: string }> {
  const cluster = clusters.find((c) => c.keycloakUrl.replace(/\/$/, "") === url.replace(/\/$/, ""));
  if (!cluster) throw new CliError(`no cluster runs the Keycloak at ${url}`);
  const kubeconfig = path.resolve(".state", "kubeconfig", `${cluster.name}.yaml`);
  const r = spawnSync(
    "kubectl",
    ["--kubeconfig", kubeconfig, "-n", "keycloak", "get", "secret", "keycloak-initial-admin", "-o", "json"],
    { encoding: "utf8" },
  );
  if (r.status !== 0)
    throw new CliError(`reading ${cluster.name}'s Keycloak admin failed (${r.stderr.trim().split("\n").pop()})`);
  const data = JSON.parse(r.stdout).data ?? {};
  const decode = (v: unknown) => (typeof v === "string" ? Buffer.from(v, "base64").toString("utf8") : "");
  return { username: decode(data.username), password: decode(data.password) };
}

async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv, { from: "user" });
  } catch (e) {
    const err = e as { code?: string; exitCode?: number; message?: string };
    if (typeof err.code === "string" && err.code.startsWith("commander.")) {
      // commander has printed its own message (usage, unknown option, help).
      process.exitCode =
        err.code === "commander.helpDisplayed" || err.code === "commander.version" ? 0 : (err.exitCode ?? 2);
      return;
    }
    if (e instanceof CliError || e instanceof ModelError) {
      process.stderr.write(`homelab: ${(e as Error).message}\n`);
      process.exitCode = e instanceof CliError ? e.exitCode : 1;
      return;
    }
    process.stderr.write(`homelab: unexpected error: ${err.message ?? String(e)}\n`);
    process.exitCode = 1;
  }
}

void main(process.argv.slice(2));
