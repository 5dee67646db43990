/**
 * `homelab status`: per stack applied / pending changes / drifted / not
 * applied; per VM running or not; per cluster nodes Ready and ArgoCD's
 * applications; OpenBao sealed or not. Reads only; never takes a state lock.
 */
import * as fs from "node:fs";
import * as os from "node:os";
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

/**
 * A value as compared for drift: null, and an empty string, list or map, are one value,
 * and a map's empty members are dropped. Providers read back `{}` or `[]` where the state
 * holds null (the keycloak provider does for a realm's `attributes` and default client
 * scopes, right after creating it): no one changed anything, and it is not drift.
 */
export function normalizedValue(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) {
    const items = value.map(normalizedValue);
    return items.length === 0 ? null : items;
  }
  if (typeof value === "object") {
    const members = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, normalizedValue(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return members.length === 0 ? null : Object.fromEntries(members);
  }
  return value;
}

interface PlanChange {
  readonly address?: string;
  readonly change?: { readonly actions?: readonly string[]; readonly before?: unknown; readonly after?: unknown };
}

/**
 * What a saved plan says (`tofu show -json <plan>`): the resources changed outside
 * OpenTofu (drift that is more than null read back as empty), and the planned changes.
 */
export function readPlan(showJson: string): { drifted: string[]; changes: number } {
  const plan = JSON.parse(showJson) as { resource_drift?: PlanChange[]; resource_changes?: PlanChange[] };
  const drifted = (plan.resource_drift ?? [])
    .filter(
      (d) =>
        JSON.stringify(normalizedValue(d.change?.before)) !== JSON.stringify(normalizedValue(d.change?.after)) ||
        (d.change?.actions ?? []).some((a) => a === "delete" || a === "create"),
    )
    .map((d) => d.address ?? "?");
  const changes = (plan.resource_changes ?? []).filter((c) =>
    (c.change?.actions ?? []).some((a) => a !== "no-op" && a !== "read"),
  ).length;
  return { drifted, changes };
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
  // The plan is saved to read its drift in full; it holds the plan's values, so it is kept in a
  // directory only this user can read, and removed.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-status-"));
  const planFile = path.join(dir, "status.tfplan");
  try {
    const plan = await runTofu(
      tofu,
      ["plan", "-input=false", "-lock=false", "-no-color", "-detailed-exitcode", `-out=${planFile}`],
      common,
    );
    if (plan.code === 1)
      return { stack: stack.name, state: "unknown", detail: plan.errors[0] ?? "tofu plan failed", log };
    const show = await runTofu(tofu, ["show", "-json", "-no-color", planFile], { ...common, logStdout: false });
    let read: ReturnType<typeof readPlan>;
    try {
      if (show.code !== 0) throw new Error(show.errors[0] ?? `exit ${show.code}`);
      read = readPlan(show.stdout);
    } catch (error) {
      return { stack: stack.name, state: "unknown", detail: `tofu show -json: ${(error as Error).message}`, log };
    }
    if (read.drifted.length > 0)
      return {
        stack: stack.name,
        state: "drifted",
        detail: `changed outside OpenTofu: ${read.drifted.join(", ")}`,
        log,
      };
    if (plan.code === 2 || read.changes > 0)
      return { stack: stack.name, state: "pending changes", detail: `${read.changes} changes`, log };
    return { stack: stack.name, state: "applied" };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
