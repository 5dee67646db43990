/** Small, bounded checks of the things the stacks create or need. Each returns a word and a detail, never throws. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";

export interface Probe<T = string> {
  readonly state: T;
  readonly detail?: string;
}

/** Whether `host:port` accepts a TCP connection within `timeoutMs`. */
export function tcpReachable(
  host: string,
  port: number,
  timeoutMs = 3000,
): Promise<Probe<"reachable" | "unreachable">> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (probe: Probe<"reachable" | "unreachable">) => {
      socket.destroy();
      resolve(probe);
    };
    socket.setTimeout(timeoutMs, () =>
      finish({ state: "unreachable", detail: `no answer within ${timeoutMs / 1000} s` }),
    );
    socket.once("connect", () => finish({ state: "reachable" }));
    socket.once("error", (e) => finish({ state: "unreachable", detail: e.message }));
  });
}

/** GET `url` as JSON (certificates verified; extra CAs through NODE_EXTRA_CA_CERTS as usual). */
export function getJson(url: string, timeoutMs = 5000): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith("http:") ? http : https).get(
      url,
      { timeout: timeoutMs, headers: { accept: "application/json" } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (c: string) => (text += c.length + text.length > 1_000_000 ? "" : c));
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
          } catch {
            reject(new Error(`${url} answered ${response.statusCode} with something that is not JSON`));
          }
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)));
    request.on("error", reject);
  });
}

/** OpenBao/Vault's seal status (`/v1/sys/seal-status` needs no token). */
export async function vaultSeal(address: string): Promise<Probe<"unsealed" | "sealed" | "unknown">> {
  try {
    const { status, body } = await getJson(`${address.replace(/\/$/, "")}/v1/sys/seal-status`);
    const sealed = (body as { sealed?: unknown } | undefined)?.sealed;
    if (status === 200 && typeof sealed === "boolean") return { state: sealed ? "sealed" : "unsealed" };
    return { state: "unknown", detail: `seal-status answered ${status}` };
  } catch (e) {
    return { state: "unknown", detail: (e as Error).message };
  }
}

function run(cmd: string, args: string[], timeoutMs: number): { ok: boolean; out: string; err: string } {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: timeoutMs, stdio: ["ignore", "pipe", "pipe"] });
  if (r.error)
    return {
      ok: false,
      out: "",
      err: (r.error as NodeJS.ErrnoException).code === "ENOENT" ? `${cmd} is not installed` : r.error.message,
    };
  return { ok: r.status === 0, out: r.stdout, err: r.stderr.trim().split("\n").pop() ?? "" };
}

/** A libvirt domain's state through virsh ("running", "shut off", …, or "not defined"). */
export function domainState(uri: string, name: string): Probe {
  const r = run("virsh", ["-c", uri, "domstate", name], 10_000);
  if (r.ok) return { state: r.out.trim() || "unknown" };
  if (/failed to get domain|Domain not found/i.test(r.err)) return { state: "not defined" };
  return { state: "unknown", detail: r.err };
}

/** Whether virsh can open `uri`. */
export function libvirtReachable(uri: string): Probe<"reachable" | "unreachable"> {
  const r = run("virsh", ["-c", uri, "version"], 15_000);
  return r.ok ? { state: "reachable" } : { state: "unreachable", detail: r.err };
}

export interface NodeReadiness {
  readonly ready: number;
  readonly total: number;
  readonly notReady: readonly string[];
}

/** Nodes Ready according to the API server behind `kubeconfig`. */
export function nodesReady(kubeconfig: string): Probe<NodeReadiness | "unknown"> {
  if (!fs.existsSync(kubeconfig)) return { state: "unknown", detail: `${kubeconfig} does not exist yet` };
  const r = run("kubectl", ["--kubeconfig", kubeconfig, "--request-timeout=10s", "get", "nodes", "-o", "json"], 20_000);
  if (!r.ok) return { state: "unknown", detail: r.err };
  const items = (JSON.parse(r.out).items ?? []) as {
    metadata: { name: string };
    status?: { conditions?: { type: string; status: string }[] };
  }[];
  const notReady = items
    .filter((n) => !(n.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"))
    .map((n) => n.metadata.name);
  return { state: { ready: items.length - notReady.length, total: items.length, notReady } };
}

export interface AppHealth {
  readonly name: string;
  readonly sync: string;
  readonly health: string;
}

/** ArgoCD Applications' sync and health. */
export function argoApplications(kubeconfig: string): Probe<AppHealth[] | "unknown"> {
  if (!fs.existsSync(kubeconfig)) return { state: "unknown", detail: `${kubeconfig} does not exist yet` };
  const r = run(
    "kubectl",
    ["--kubeconfig", kubeconfig, "--request-timeout=10s", "get", "applications.argoproj.io", "-A", "-o", "json"],
    20_000,
  );
  if (!r.ok) return { state: "unknown", detail: r.err };
  const items = (JSON.parse(r.out).items ?? []) as {
    metadata: { name: string };
    status?: { sync?: { status?: string }; health?: { status?: string } };
  }[];
  return {
    state: items
      .map((a) => ({
        name: a.metadata.name,
        sync: a.status?.sync?.status ?? "Unknown",
        health: a.status?.health?.status ?? "Unknown",
      }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
  };
}
