/**
 * The slow tier's Kubernetes control plane itself (integration/kube.ts): etcd,
 * kube-apiserver and kube-controller-manager from the toolchain, inside a
 * loopback-only network namespace.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { KubeServer, startKubeApiServer } from "./kube";
import manifest from "../toolchain/manifest.json";

const apiserverEntry = manifest.entries.find((e) => e.name === "kube-apiserver") as { moduleVersion: string };

describe("test Kubernetes API server", () => {
  let kube: KubeServer;

  beforeAll(async () => {
    kube = await startKubeApiServer();
  });

  afterAll(async () => {
    await kube?.stop();
  });

  test("serves the Kubernetes version the toolchain pins, on 127.0.0.1", () => {
    expect(kube.version).toBe(apiserverEntry.moduleVersion);
    expect(kube.server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const ns = kube.kubectl(["get", "ns", "-o", "name"]);
    expect(ns.stderr).toBe("");
    expect(ns.stdout.split("\n")).toEqual(expect.arrayContaining(["namespace/default", "namespace/kube-system"]));
  });

  test("the namespace has no interface but lo and no route but over lo", () => {
    const { links, routes } = kube.network();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatch(/^1: lo: <LOOPBACK,UP/);
    for (const route of routes) expect(route).toMatch(/\bdev lo\b/);
    // A client in the namespace cannot reach anything outside it.
    const out = kube.exec("ip", ["route", "get", "10.96.0.1"]);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/unreachable/i);
  });

  test("the API server is not reachable from the machine's own network", () => {
    const port = new URL(kube.server).port;
    const probe = spawnSync("bash", ["-c", `exec 3<>/dev/tcp/127.0.0.1/${port}`], { encoding: "utf8" });
    expect(probe.status).not.toBe(0);
  });

  test("the controller manager runs: a namespace gets its default ServiceAccount and deletes", () => {
    expect(kube.kubectl(["create", "namespace", "harness-check"]).status).toBe(0);
    const sa = kube.kubectl(["wait", "--for=create", "serviceaccount/default", "-n", "harness-check", "--timeout=60s"]);
    expect(sa.stderr).toBe("");
    const del = kube.kubectl(["delete", "namespace", "harness-check", "--wait=true", "--timeout=90s"]);
    expect(del.status).toBe(0);
    expect(kube.kubectl(["get", "namespace", "harness-check"]).stderr).toMatch(/NotFound/);
  });

  test("admission rejects invalid objects on a server-side dry run", () => {
    const bad = JSON.stringify({
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "bad", namespace: "default" },
      spec: { ports: [{ port: 80 }], typo: true },
    });
    const out = kube.kubectl(["apply", "--server-side", "--dry-run=server", "-f", "-"], { input: bad });
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/\.spec\.typo: field not declared in schema/);
  });

  test("stop kills every process, deletes the namespace and the directory", async () => {
    const { netns, dir } = kube;
    await kube.stop();
    const list = spawnSync("ip", ["netns", "list"], { encoding: "utf8" });
    expect(list.stdout).not.toContain(netns);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
