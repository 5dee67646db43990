/**
 * A real Kubernetes control plane for the slow tier: etcd, kube-apiserver and
 * kube-controller-manager from the toolchain (built from Go modules), run inside a
 * network namespace that has nothing but loopback.
 *
 * Why the namespace: once a chart registers an admission webhook or an aggregated
 * API, the API server calls that Service's ClusterIP. With no kube-proxy and no
 * nodes, such a connection would follow the machine's default route and leave it.
 * Inside a namespace whose only interface is `lo` there is no route anywhere, and
 * with `--enable-aggregator-routing=true` the API server resolves backends through
 * Endpoints (there are none) instead. Every client that talks to this API server
 * (kubectl, helm, kustomize, tofu and its providers) runs inside the namespace too,
 * through `exec`/`spawn`. There is no scheduler, kubelet or container runtime: nothing
 * ever runs, so this proves what the API server accepts, not workload health.
 *
 * Needs root (`ip netns add`). If the namespace cannot be made, starting fails: there
 * is no fallback to the machine's own network.
 */
import { ChildProcess, spawn, SpawnOptions, spawnSync } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { makeCa, openssl, signCertificate } from "../testing/pki";
import { toolEnv, toolPath } from "./toolchain";

export interface ExecOptions {
  /** Working directory. @default the server's temporary directory */
  readonly cwd?: string;
  /** Extra environment (on top of the toolchain's, with KUBECONFIG set to this server). */
  readonly env?: Record<string, string>;
  /** Written to the command's stdin. */
  readonly input?: string;
  /** Seconds before the command is killed. @default 600 */
  readonly timeoutSeconds?: number;
}

export interface ExecResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface KubeServerOptions {
  /** Also run kube-controller-manager (namespace deletion, garbage collection, default ServiceAccounts). @default true */
  readonly controllerManager?: boolean;
  /**
   * Leave the ValidatingAdmissionWebhook and MutatingAdmissionWebhook admission plugins on. With
   * them on, objects of a group whose chart registered a webhook are rejected ("no endpoints
   * available"), since no webhook pod ever runs. @default true
   */
  readonly webhookAdmission?: boolean;
}

export interface KubeServer {
  /** A kubeconfig for the cluster admin (a static token in group system:masters). */
  readonly kubeconfigPath: string;
  /** The API server's URL, `https://127.0.0.1:<port>`, reachable only inside `netns`. */
  readonly server: string;
  /** Name of the loopback-only network namespace (`ip netns`). */
  readonly netns: string;
  /** Kubernetes version the API server reports (`v1.35.4`). */
  readonly version: string;
  /** Temporary directory with certificates, logs and etcd's data. */
  readonly dir: string;
  /** Runs `command args` inside the namespace with KUBECONFIG set; never throws on a non-zero exit. */
  exec(command: string, args: readonly string[], opts?: ExecOptions): ExecResult;
  /** Like `exec`, but throws with the output when the command fails. */
  execOk(command: string, args: readonly string[], opts?: ExecOptions): ExecResult;
  /** `kubectl args` inside the namespace (the toolchain's kubectl). */
  kubectl(args: readonly string[], opts?: ExecOptions): ExecResult;
  /** Starts a long-running process inside the namespace (a chart repository, a controller); `stop` kills it. */
  spawn(command: string, args: readonly string[], opts?: { cwd?: string; env?: Record<string, string> }): ChildProcess;
  /** The interfaces and routes the namespace has, as `ip` prints them (for assertions). */
  network(): { links: string[]; routes: string[] };
  /** Kills every process in the namespace, deletes the namespace and the temporary directory. */
  stop(): Promise<void>;
}

function run(command: string, args: readonly string[], opts: SpawnOptions & { input?: string; timeout?: number } = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024, ...opts });
  return {
    status: result.status,
    stdout: String(result.stdout ?? ""),
    stderr: String(result.stderr ?? "") + (result.error ? `\n${result.error.message}` : ""),
  };
}

function must(what: string, result: ExecResult): ExecResult {
  if (result.status !== 0)
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/** Certificates and keys made with openssl: a CA, the serving certificate, the service-account key pair and the front proxy's client certificate. */
function makePki(dir: string): void {
  const usage = ["basicConstraints=CA:FALSE", "keyUsage=digitalSignature,keyEncipherment"];
  for (const ca of ["ca", "front-proxy-ca"]) makeCa(dir, ca, `homelab-test-${ca}`, "rsa");
  signCertificate(dir, {
    name: "apiserver",
    ca: "ca",
    cn: "kube-apiserver",
    keyType: "rsa",
    extensions: [
      ...usage,
      "extendedKeyUsage=serverAuth",
      "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc",
    ],
  });
  signCertificate(dir, {
    name: "front-proxy-client",
    ca: "front-proxy-ca",
    cn: "front-proxy-client",
    keyType: "rsa",
    extensions: [...usage, "extendedKeyUsage=clientAuth"],
  });
  openssl(dir, ["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "sa.key"]);
  openssl(dir, ["pkey", "-in", "sa.key", "-pubout", "-out", "sa.pub"]);
  fs.chmodSync(path.join(dir, "sa.key"), 0o600);
}

function kubeconfig(server: string, caFile: string, user: string, token: string): string {
  // JSON is valid YAML; kubectl, helm and the providers all read it.
  return JSON.stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [{ name: "test", cluster: { server, "certificate-authority": caFile } }],
    users: [{ name: user, user: { token } }],
    contexts: [{ name: "test", context: { cluster: "test", user } }],
    "current-context": "test",
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Creates the namespace and brings `lo` up; throws (never falls back) when that is not possible. */
function makeNetns(name: string): void {
  const add = run("ip", ["netns", "add", name]);
  if (add.status !== 0) {
    throw new Error(
      `cannot create the loopback-only network namespace ${name} (ip netns add: ${add.stderr.trim() || add.status}). ` +
        "The test API server must not share this machine's network: run the slow tier as root (integration/run.sh installs iproute2).",
    );
  }
  must(`ip netns exec ${name} ip link set lo up`, run("ip", ["netns", "exec", name, "ip", "link", "set", "lo", "up"]));
}

/** Every interface and route in the namespace; throws unless only `lo` exists and every route uses it. */
function checkLoopbackOnly(name: string): { links: string[]; routes: string[] } {
  const lines = (r: ExecResult) =>
    r.stdout
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
  const links = lines(must("ip link", run("ip", ["netns", "exec", name, "ip", "-o", "link", "show"])));
  const routes = [
    ...lines(must("ip -4 route", run("ip", ["netns", "exec", name, "ip", "-4", "route", "show", "table", "all"]))),
    ...lines(must("ip -6 route", run("ip", ["netns", "exec", name, "ip", "-6", "route", "show", "table", "all"]))),
  ];
  const names = links.map((l) => l.split(":")[1].trim().split("@")[0]);
  const bad = [
    ...names.filter((n) => n !== "lo").map((n) => `interface ${n}`),
    ...routes.filter((r) => !/\bdev lo\b/.test(r)).map((r) => `route ${r}`),
  ];
  if (names.length !== 1 || bad.length > 0) {
    throw new Error(`network namespace ${name} is not loopback-only: ${bad.join("; ") || names.join(", ")}`);
  }
  return { links, routes };
}

/** Kills every process still in the namespace (all of them were started by this harness) and deletes it. */
function deleteNetns(name: string): void {
  const pids = run("ip", ["netns", "pids", name]).stdout.split(/\s+/).filter(Boolean);
  for (const pid of pids) {
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {
      // already gone
    }
  }
  run("ip", ["netns", "delete", name]);
}

/**
 * Starts etcd, kube-apiserver and (unless turned off) kube-controller-manager inside a new
 * loopback-only network namespace, on random ports of its 127.0.0.1, and waits for `/readyz`.
 * Installs nothing; see `installCrds`.
 */
export async function startKubeApiServer(opts: KubeServerOptions = {}): Promise<KubeServer> {
  const controllerManager = opts.controllerManager ?? true;
  const webhookAdmission = opts.webhookAdmission ?? true;
  const binaries = {
    etcd: toolPath("etcd"),
    apiserver: toolPath("kube-apiserver"),
    kcm: toolPath("kube-controller-manager"),
    kubectl: toolPath("kubectl"),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-kube-"));
  const netns = `homelab-kube-${randomBytes(4).toString("hex")}`;
  const children: ChildProcess[] = [];
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const child of [...children].reverse()) await stopChild(child);
    deleteNetns(netns);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    makeNetns(netns);
    checkLoopbackOnly(netns);
    makePki(dir);

    // The namespace is new and empty, so any port is free in it; random ones keep
    // two servers' logs and kubeconfigs apart.
    const ports = new Set<number>();
    while (ports.size < 3) ports.add(randomInt(20000, 60000));
    const [etcdPort, peerPort, apiPort] = [...ports];
    const server = `https://127.0.0.1:${apiPort}`;
    const adminToken = randomBytes(24).toString("hex");
    const kcmToken = randomBytes(24).toString("hex");
    const tokens = path.join(dir, "tokens.csv");
    fs.writeFileSync(
      tokens,
      `${adminToken},admin,admin-uid,"system:masters"\n${kcmToken},system:kube-controller-manager,kcm-uid\n`,
      { mode: 0o600 },
    );
    const kubeconfigPath = path.join(dir, "admin.kubeconfig");
    fs.writeFileSync(kubeconfigPath, kubeconfig(server, path.join(dir, "ca.crt"), "admin", adminToken), {
      mode: 0o600,
    });
    const kcmConfig = path.join(dir, "kcm.kubeconfig");
    fs.writeFileSync(
      kcmConfig,
      kubeconfig(server, path.join(dir, "ca.crt"), "system:kube-controller-manager", kcmToken),
      { mode: 0o600 },
    );

    const env = toolEnv({ KUBECONFIG: kubeconfigPath, HOME: dir });
    const start = (name: string, bin: string, args: string[]) => {
      const out = fs.openSync(path.join(dir, `${name}.log`), "a");
      const child = spawn("ip", ["netns", "exec", netns, bin, ...args], { env, stdio: ["ignore", out, out] });
      fs.closeSync(out);
      children.push(child);
      return child;
    };
    const log = (name: string) => {
      const file = path.join(dir, `${name}.log`);
      return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-40).join("\n") : "";
    };

    const etcd = start("etcd", binaries.etcd, [
      "--name=default",
      `--data-dir=${path.join(dir, "etcd")}`,
      `--listen-client-urls=http://127.0.0.1:${etcdPort}`,
      `--advertise-client-urls=http://127.0.0.1:${etcdPort}`,
      `--listen-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peerPort}`,
      `--initial-cluster=default=http://127.0.0.1:${peerPort}`,
      "--unsafe-no-fsync",
      "--log-level=warn",
    ]);
    const apiserver = start("kube-apiserver", binaries.apiserver, [
      `--etcd-servers=http://127.0.0.1:${etcdPort}`,
      "--bind-address=127.0.0.1",
      `--secure-port=${apiPort}`,
      "--advertise-address=127.0.0.1",
      // The default reconciler refuses a loopback advertise address; nothing needs the
      // kubernetes Service's endpoints here.
      "--endpoint-reconciler-type=none",
      "--enable-aggregator-routing=true",
      `--tls-cert-file=${path.join(dir, "apiserver.crt")}`,
      `--tls-private-key-file=${path.join(dir, "apiserver.key")}`,
      `--client-ca-file=${path.join(dir, "ca.crt")}`,
      `--token-auth-file=${tokens}`,
      "--authorization-mode=RBAC",
      "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
      `--service-account-key-file=${path.join(dir, "sa.pub")}`,
      `--service-account-signing-key-file=${path.join(dir, "sa.key")}`,
      "--service-cluster-ip-range=10.96.0.0/16",
      `--requestheader-client-ca-file=${path.join(dir, "front-proxy-ca.crt")}`,
      "--requestheader-allowed-names=front-proxy-client",
      "--requestheader-username-headers=X-Remote-User",
      "--requestheader-group-headers=X-Remote-Group",
      "--requestheader-extra-headers-prefix=X-Remote-Extra-",
      `--proxy-client-cert-file=${path.join(dir, "front-proxy-client.crt")}`,
      `--proxy-client-key-file=${path.join(dir, "front-proxy-client.key")}`,
      "--allow-privileged=true",
      "--profiling=false",
      ...(webhookAdmission ? [] : ["--disable-admission-plugins=ValidatingAdmissionWebhook,MutatingAdmissionWebhook"]),
    ]);

    const exec = (command: string, args: readonly string[], o: ExecOptions = {}): ExecResult =>
      run("ip", ["netns", "exec", netns, command, ...args], {
        cwd: o.cwd ?? dir,
        env: { ...env, ...(o.env ?? {}) },
        input: o.input,
        timeout: (o.timeoutSeconds ?? 600) * 1000,
      });
    const kubectl = (args: readonly string[], o: ExecOptions = {}) => exec(binaries.kubectl, args, o);

    const deadline = Date.now() + 90_000;
    for (;;) {
      for (const [name, child] of [
        ["etcd", etcd],
        ["kube-apiserver", apiserver],
      ] as const) {
        if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log(name)}`);
      }
      if (kubectl(["get", "--raw", "/readyz"], { timeoutSeconds: 10 }).stdout.trim() === "ok") break;
      if (Date.now() > deadline)
        throw new Error(`kube-apiserver not ready in 90 s:\n${log("kube-apiserver")}\n${log("etcd")}`);
      await new Promise((r) => setTimeout(r, 300));
    }

    if (controllerManager) {
      start("kube-controller-manager", binaries.kcm, [
        `--kubeconfig=${kcmConfig}`,
        `--authentication-kubeconfig=${kcmConfig}`,
        `--authorization-kubeconfig=${kcmConfig}`,
        "--bind-address=127.0.0.1",
        "--secure-port=0",
        "--leader-elect=false",
        "--use-service-account-credentials=true",
        `--service-account-private-key-file=${path.join(dir, "sa.key")}`,
        `--root-ca-file=${path.join(dir, "ca.crt")}`,
        "--service-cluster-ip-range=10.96.0.0/16",
        "--profiling=false",
      ]);
    }

    const version = JSON.parse(must("kubectl version", kubectl(["version", "-o", "json"])).stdout).serverVersion
      .gitVersion as string;

    return {
      kubeconfigPath,
      server,
      netns,
      version,
      dir,
      exec,
      execOk: (command, args, o) => must(`${path.basename(command)} ${args.join(" ")}`, exec(command, args, o)),
      kubectl,
      spawn(command, args, o = {}) {
        const child = spawn("ip", ["netns", "exec", netns, command, ...args], {
          cwd: o.cwd ?? dir,
          env: { ...env, ...(o.env ?? {}) },
          stdio: ["ignore", "pipe", "pipe"],
        });
        children.push(child);
        return child;
      },
      network: () => checkLoopbackOnly(netns),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Applies CustomResourceDefinition files (server-side, as ArgoCD's ServerSideApply does) and
 * waits until every one is Established.
 */
export function installCrds(server: KubeServer, files: readonly string[]): void {
  if (files.length === 0) throw new Error("installCrds: no files");
  must(
    "kubectl apply (CRDs)",
    server.kubectl(["apply", "--server-side", "--force-conflicts", ...files.flatMap((f) => ["-f", f])]),
  );
  must(
    "kubectl wait (CRDs Established)",
    server.kubectl(["wait", "--for=condition=Established", "crd", "--all", "--timeout=180s"]),
  );
}
