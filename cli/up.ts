/**
 * `homelab up`: the first bring-up and every later one, in the manifest's
 * order. The stack that creates the support VM (the one with the output
 * `support_ip`) starts with local state, since the state bucket lives on
 * that VM; once the VM answers, the bucket is made (versioned) and that
 * state moves into it. Every stack then goes in order: wait for the
 * services its providers talk to (a Kubernetes API server through the
 * kubeconfig its providers read, once the cluster's stack has written it and
 * `/readyz` answers), collect its credentials, plan, and apply
 * only when the plan has changes. Rerun after an interruption, it picks up
 * where it stopped; run again on a finished homelab, it changes nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Credentials } from "./credentials";
import { CliError } from "./errors";
import { credentialVariables, endpoints, Endpoint, kubeconfigs, readStackConfig, StackConfig } from "./inspect";
import { apiServerReady } from "./kubeconfig";
import { getJson, tcpReachable, vaultSeal } from "./probes";
import type { Progress } from "./progress";
import { INIT_ARGS, StackOutcome } from "./run-stacks";
import { ensureVersionedBucket, s3Request } from "./s3";
import { ordered, StackInfo } from "./stacks";
import { claimRun, heldLock, leftBy, RunRecord } from "./run-record";
import { runTofu, TofuResult } from "./tofu";

export interface UpOptions {
  /** Synthesizes; `localBootstrap` gives the support VM's stack local state. Returns the stacks. */
  readonly synth: (localBootstrap: boolean) => StackInfo[];
  readonly credentials: Credentials;
  readonly tofu: string;
  readonly env: NodeJS.ProcessEnv;
  readonly logDir: string;
  readonly progress: Progress;
  /** Where a stack's local state lives (`.state/<stack>/terraform.tfstate`, from the repository root). */
  readonly localStatePath: (stack: string) => string;
  /** Where the run is recorded (`.state/up.json`): one `up` at a time, and a killed one is known by the next. */
  readonly runRecord: string;
  /** The state bucket and its region, from the model. */
  readonly stateBucket: { readonly bucket: string; readonly region: string };
  /** How long to wait for a service, in seconds. @default 900 */
  readonly waitSeconds?: number;
  readonly signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `ready` says so, or the deadline passes (then throws with `what` and the last reason). */
async function waitUntil(
  what: string,
  ready: () => Promise<string | undefined>,
  seconds: number,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  let reason: string | undefined = "not checked";
  while (Date.now() < deadline) {
    if (signal?.aborted) throw new CliError("interrupted; run `homelab up` again to continue");
    reason = await ready();
    if (reason === undefined) return;
    await sleep(3000);
  }
  throw new CliError(`${what} was not ready after ${seconds} s (${reason}) — check it, then run \`homelab up\` again`);
}

/** What a stack's provider needs before it can work: the address answering, and per kind a little more. */
async function endpointReady(e: Endpoint): Promise<string | undefined> {
  const tcp = await tcpReachable(e.host, e.port);
  if (tcp.state !== "reachable") return tcp.detail;
  if (e.what === "vault") {
    const seal = await vaultSeal(e.url);
    return seal.state === "unsealed" ? undefined : `OpenBao is ${seal.state}${seal.detail ? `: ${seal.detail}` : ""}`;
  }
  if (e.what === "keycloak") {
    try {
      const r = await getJson(`${e.url.replace(/\/$/, "")}/realms/master`);
      return r.status === 200 ? undefined : `Keycloak answered ${r.status} for its master realm`;
    } catch (err) {
      return (err as Error).message;
    }
  }
  return undefined;
}

export async function up(options: UpOptions): Promise<StackOutcome[]> {
  const claim = claimRun(options.runRecord);
  try {
    return await upClaimed(options, claim.interrupted);
  } finally {
    claim.release();
  }
}

async function upClaimed(options: UpOptions, interrupted: RunRecord | undefined): Promise<StackOutcome[]> {
  const wait = options.waitSeconds ?? 900;
  fs.mkdirSync(options.logDir, { recursive: true });
  const once = (stack: StackInfo, args: string[], env: NodeJS.ProcessEnv, verb: string) =>
    runTofu(options.tofu, args, {
      cwd: stack.dir,
      env,
      logFile: path.join(options.logDir, `${stack.name}.${verb}.log`),
      signal: options.signal,
    });
  const fail = (stack: StackInfo, what: string, errors: readonly string[], verb: string): never => {
    const log = path.join(options.logDir, `${stack.name}.${verb}.log`);
    throw new CliError(`${stack.name}: ${what} (full log: ${log})${errors.length ? `\n  ${errors.join("\n  ")}` : ""}`);
  };
  // A killed run leaves its state lock behind; that one lock, and no other, is released and the step retried.
  const run = async (stack: StackInfo, args: string[], env: NodeJS.ProcessEnv, verb: string): Promise<TofuResult> => {
    const result = await once(stack, args, env, verb);
    const lock = result.code === 1 ? heldLock(result.errors) : undefined;
    if (!lock) return result;
    if (!leftBy(lock, interrupted)) {
      const log = path.join(options.logDir, `${stack.name}.${verb}.log`);
      throw new CliError(
        `${stack.name}: its state is locked by ${lock.who} since ${lock.created.toISOString()} (lock ${lock.id}) — if no other OpenTofu operation runs on it, release it with \`tofu -chdir=${stack.dir} force-unlock ${lock.id}\` and run \`homelab up\` again (full log: ${log})`,
      );
    }
    const release = options.progress.start(`${stack.name}: releasing the lock the interrupted run left (${lock.id})`);
    const unlocked = await once(stack, ["force-unlock", "-force", "-no-color", lock.id], env, verb);
    if (unlocked.code !== 0) fail(stack, `releasing lock ${lock.id} failed`, unlocked.errors, verb);
    release("released");
    return once(stack, args, env, verb);
  };

  let stacks = options.synth(false);
  const supportStacks = stacks.filter((s) => {
    const json = JSON.parse(fs.readFileSync(path.join(s.dir, "cdk.tf.json"), "utf8"));
    return json.output?.support_ip !== undefined;
  });
  if (supportStacks.length !== 1) {
    throw new CliError(
      `expected one stack with the output support_ip (the support VM's), found ${supportStacks.length}`,
    );
  }
  const support = supportStacks[0];
  const localState = options.localStatePath(support.name);

  // 1. The support VM, with local state until its MinIO holds the bucket.
  if (fs.existsSync(localState) || !(await stateBucketReady(options, support))) {
    const done = options.progress.start(`${support.name}: first apply, state kept locally until the bucket exists`);
    stacks = options.synth(true);
    const s = stacks.find((x) => x.name === support.name)!;
    const env = {
      ...options.env,
      ...(await options.credentials.forStack(readStackConfig(s), needed(readStackConfig(s)))),
    };
    const init = await run(s, INIT_ARGS, env, "bootstrap");
    if (init.code !== 0) fail(s, "init failed", init.errors, "bootstrap");
    const apply = await run(s, ["apply", "-input=false", "-no-color", "-auto-approve"], env, "bootstrap");
    if (apply.code !== 0) fail(s, "apply failed", apply.errors, "bootstrap");
    done("applied");
    const bucket = options.progress.start(`${support.name}: state bucket ${options.stateBucket.bucket}`);
    stacks = options.synth(false);
    const config = readStackConfig(stacks.find((x) => x.name === support.name)!);
    const s3 = endpoints(config).find((e) => e.what === "state backend (s3)");
    if (!s3) throw new CliError(`${support.name} has no S3 state backend to move its state into`);
    await waitUntil(`the state backend ${s3.url}`, () => endpointReady(s3), wait, options.signal);
    const result = await ensureVersionedBucket(await s3Target(options, config, s3.url), options.stateBucket.bucket);
    bucket(result);
    const migrate = options.progress.start(`${support.name}: moving its state into ${options.stateBucket.bucket}`);
    const s2 = stacks.find((x) => x.name === support.name)!;
    const env2 = { ...options.env, ...(await options.credentials.forStack(config, needed(config))) };
    const moved = await run(
      s2,
      ["init", "-input=false", "-no-color", "-migrate-state", "-force-copy"],
      env2,
      "migrate",
    );
    if (moved.code !== 0) fail(s2, "moving the state failed", moved.errors, "migrate");
    fs.renameSync(localState, `${localState}.migrated`);
    migrate("done");
  }

  // 2. Every stack in order.
  const outcomes: StackOutcome[] = [];
  const list = ordered(stacks);
  for (const [i, stack] of list.entries()) {
    const label = `[${i + 1}/${list.length}] ${stack.name}`;
    const config = readStackConfig(stack);
    for (const e of endpoints(config)) {
      const done = options.progress.start(`${label}: waiting for ${e.url} (${e.what})`);
      await waitUntil(`${e.url} (${e.what}, for ${stack.name})`, () => endpointReady(e), wait, options.signal);
      done("answers");
    }
    for (const k of kubeconfigs(config, stack.dir)) {
      const where = path.relative(process.cwd(), k.file) || k.file;
      const done = options.progress.start(`${label}: waiting for the Kubernetes API server in ${where} (${k.what})`);
      await waitUntil(
        `the Kubernetes API server in ${where} (${k.what}, for ${stack.name})`,
        () => apiServerReady(k.file, k.context),
        wait,
        options.signal,
      );
      done("ready");
    }
    const collecting = options.progress.start(`${label}: credentials`);
    const env = { ...options.env, ...(await options.credentials.forStack(config, needed(config))) };
    collecting("collected");
    const done = options.progress.start(`${label}: plan and apply`);
    const init = await run(stack, INIT_ARGS, env, "up");
    if (init.code !== 0) fail(stack, "init failed", init.errors, "up");
    const planFile = "homelab-up.tfplan";
    const plan = await run(
      stack,
      ["plan", "-input=false", "-no-color", "-detailed-exitcode", `-out=${planFile}`],
      env,
      "up",
    );
    if (plan.code === 1) fail(stack, "plan failed", plan.errors, "up");
    if (plan.code === 0) {
      done("no changes");
      outcomes.push({ stack: stack.name, status: "no changes", errors: [] });
    } else {
      const apply = await run(stack, ["apply", "-input=false", "-no-color", planFile], env, "up");
      if (apply.code !== 0) fail(stack, "apply failed", apply.errors, "up");
      const summary = /Apply complete! .*/.exec(apply.stdout)?.[0];
      done(summary ?? "applied");
      outcomes.push({ stack: stack.name, status: "applied", summary, errors: [] });
    }
    fs.rmSync(path.join(stack.dir, planFile), { force: true });
  }
  return outcomes;
}

function needed(config: StackConfig) {
  return credentialVariables(config);
}

async function s3Target(options: UpOptions, config: StackConfig, endpoint: string) {
  const creds = await options.credentials.forStack(config, [
    { name: "AWS_ACCESS_KEY_ID", required: true },
    { name: "AWS_SECRET_ACCESS_KEY", required: true },
  ]);
  return {
    endpoint,
    region: options.stateBucket.region,
    accessKeyId: creds.AWS_ACCESS_KEY_ID,
    secretAccessKey: creds.AWS_SECRET_ACCESS_KEY,
  };
}

/** Whether the state bucket exists already (the VM answers and MinIO holds it). */
async function stateBucketReady(options: UpOptions, support: StackInfo): Promise<boolean> {
  const config = readStackConfig(support);
  const s3 = endpoints(config).find((e) => e.what === "state backend (s3)");
  if (!s3 || (await tcpReachable(s3.host, s3.port)).state !== "reachable") return false;
  try {
    const r = await s3Request(await s3Target(options, config, s3.url), "HEAD", `/${options.stateBucket.bucket}`);
    return r.status === 200;
  } catch {
    return false;
  }
}
