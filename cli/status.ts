/**
 * `homelab status`: per stack applied / pending changes / drifted / not
 * applied; per VM running or not; per cluster nodes Ready and ArgoCD's
 * applications; OpenBao sealed or not. Reads only; never takes a state lock.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { endpoints, libvirtUri, readStackConfig } from "./inspect";
import { AppHealth, argoApplications, domainState, NodeReadiness, nodesReady, vaultSeal } from "./probes";
import { INIT_ARGS } from "./run-stacks";
import { ordered, StackInfo } from "./stacks";
import { runTofu } from "./tofu";

export type StackState = "applied" | "pending changes" | "drifted" | "not applied" | "unknown";

export interface StatusReport {
  readonly stacks: { stack: string; state: StackState; detail?: string; log?: string }[];
  readonly vms: { stack: string; name: string; state: string; detail?: string }[];
  readonly clusters: {
    stack: string;
    kubeconfig: string;
    nodes: NodeReadiness | "unknown";
    applications: AppHealth[] | "unknown";
    detail?: string;
  }[];
  readonly vault: { address: string; state: string; detail?: string }[];
}

/** What a machine-readable plan (`tofu plan -json`) says: drift and planned changes. */
export function readPlanJson(stdout: string): { drift: number; changes: number } {
  let drift = 0;
  let changes = 0;
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    let msg: { type?: string; changes?: { add?: number; change?: number; remove?: number; import?: number } };
    try {
      msg = JSON.parse(line);
    } catch {
      continue;
    }
    if (msg.type === "resource_drift") drift++;
    if (msg.type === "change_summary" && msg.changes) {
      changes =
        (msg.changes.add ?? 0) + (msg.changes.change ?? 0) + (msg.changes.remove ?? 0) + (msg.changes.import ?? 0);
    }
  }
  return { drift, changes };
}

async function stackState(
  stack: StackInfo,
  tofu: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
): Promise<StatusReport["stacks"][number]> {
  const log = path.join(logDir, `${stack.name}.status.log`);
  const common = { cwd: stack.dir, env, logFile: log };
  const init = await runTofu(tofu, INIT_ARGS, common);
  if (init.code !== 0)
    return { stack: stack.name, state: "unknown", detail: init.errors[0] ?? "tofu init failed", log };
  const list = await runTofu(tofu, ["state", "list", "-no-color"], common);
  if (list.code !== 0)
    return { stack: stack.name, state: "unknown", detail: list.errors[0] ?? "tofu state list failed", log };
  if (list.stdout.trim() === "") return { stack: stack.name, state: "not applied" };
  const plan = await runTofu(tofu, ["plan", "-input=false", "-lock=false", "-json", "-detailed-exitcode"], common);
  if (plan.code === 1)
    return { stack: stack.name, state: "unknown", detail: plan.errors[0] ?? "tofu plan failed", log };
  const { drift, changes } = readPlanJson(plan.stdout);
  if (drift > 0)
    return { stack: stack.name, state: "drifted", detail: `${drift} resources changed outside OpenTofu`, log };
  if (plan.code === 2 || changes > 0)
    return { stack: stack.name, state: "pending changes", detail: `${changes} changes`, log };
  return { stack: stack.name, state: "applied" };
}

export async function status(
  stacks: readonly StackInfo[],
  options: { tofu: string; env: NodeJS.ProcessEnv; logDir: string; root: string },
): Promise<StatusReport> {
  fs.mkdirSync(options.logDir, { recursive: true });
  const list = ordered(stacks);
  const report: StatusReport = { stacks: [], vms: [], clusters: [], vault: [] };
  const vaults = new Set<string>();
  for (const stack of list) {
    report.stacks.push(await stackState(stack, options.tofu, options.env, options.logDir));
    const config = readStackConfig(stack);
    const uri = libvirtUri(config);
    if (uri) for (const name of config.domains) report.vms.push({ stack: stack.name, name, ...domainState(uri, name) });
    for (const e of endpoints(config).filter((x) => x.what === "vault")) vaults.add(e.url);
    const json = JSON.parse(fs.readFileSync(path.join(stack.dir, "cdk.tf.json"), "utf8"));
    const kubeconfig = json.output?.kubeconfig_path?.value;
    if (typeof kubeconfig === "string" && !kubeconfig.includes("${")) {
      const file = path.resolve(options.root, kubeconfig);
      const nodes = nodesReady(file);
      const apps = nodes.state === "unknown" ? { state: "unknown" as const } : argoApplications(file);
      report.clusters.push({
        stack: stack.name,
        kubeconfig,
        nodes: nodes.state,
        applications: apps.state,
        detail: nodes.detail ?? apps.detail,
      });
    }
  }
  for (const address of [...vaults].sort()) report.vault.push({ address, ...(await vaultSeal(address)) });
  return report;
}

/** The report as lines for a person. */
export function formatStatus(report: StatusReport): string {
  const lines: string[] = ["Stacks:"];
  const w = Math.max(...report.stacks.map((s) => s.stack.length), 4);
  for (const s of report.stacks) lines.push(`  ${s.stack.padEnd(w)}  ${s.state}${s.detail ? ` — ${s.detail}` : ""}`);
  if (report.vms.length) {
    lines.push("VMs:");
    const vw = Math.max(...report.vms.map((v) => v.name.length));
    for (const v of report.vms) lines.push(`  ${v.name.padEnd(vw)}  ${v.state}${v.detail ? ` — ${v.detail}` : ""}`);
  }
  for (const c of report.clusters) {
    const nodes =
      c.nodes === "unknown"
        ? "unknown"
        : `${c.nodes.ready}/${c.nodes.total} Ready${c.nodes.notReady.length ? ` (not Ready: ${c.nodes.notReady.join(", ")})` : ""}`;
    lines.push(`Cluster ${c.stack}: nodes ${nodes}${c.detail ? ` — ${c.detail}` : ""}`);
    if (c.applications !== "unknown") {
      const bad = c.applications.filter((a) => a.sync !== "Synced" || a.health !== "Healthy");
      lines.push(
        `  ArgoCD: ${c.applications.length - bad.length}/${c.applications.length} applications Synced and Healthy`,
      );
      for (const a of bad) lines.push(`    ${a.name}: ${a.sync}, ${a.health}`);
    }
  }
  for (const v of report.vault) lines.push(`OpenBao ${v.address}: ${v.state}${v.detail ? ` — ${v.detail}` : ""}`);
  return lines.join("\n");
}
