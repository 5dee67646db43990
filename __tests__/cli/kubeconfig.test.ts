import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import type { TLSSocket } from "node:tls";
import { kubeconfigs, readStackConfig } from "../../cli/inspect";
import { apiServerReady, readApiServerAccess } from "../../cli/kubeconfig";
import { shippedModel } from "../../testing/model";
import { makeCa, signCertificate } from "../../testing/pki";
import { synthStacks } from "../../testing/synth";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "homelab-kubeconfig-"));

describe("the kubeconfigs a stack's providers read", () => {
  test("each platform stack reads the kubeconfig its cluster's stack writes (kubeconfig_path)", () => {
    const root = tmp();
    const stacks = synthStacks(shippedModel());
    for (const cluster of ["kss", "kcs"]) {
      const dir = path.join(root, "cdktf.out", "stacks", `${cluster}-platform`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, "cdk.tf.json"), stacks[`${cluster}-platform`]);
      const written = JSON.parse(stacks[cluster]).output.kubeconfig_path.value;
      const uses = kubeconfigs(readStackConfig({ name: `${cluster}-platform`, dir, dependencies: [] }), dir);
      expect(uses).toEqual([{ file: path.resolve(root, written), context: undefined, what: "helm, kubernetes" }]);
    }
  });

  test("config_path, config_paths, config_context, the helm provider's kubernetes block; expressions left out", () => {
    const dir = tmp();
    fs.writeFileSync(
      path.join(dir, "cdk.tf.json"),
      JSON.stringify({
        provider: {
          kubernetes: [
            { config_path: "kube/a.yaml", config_context: "admin@a" },
            { alias: "b", config_paths: ["${path.root}/b.yaml", "${var.elsewhere}"] },
            { alias: "c", config_path: "${local.path}" },
          ],
          helm: [{ kubernetes: [{ config_path: "/abs/$${odd}.yaml" }] }],
        },
      }),
    );
    const uses = kubeconfigs(readStackConfig({ name: "s", dir, dependencies: [] }), dir);
    expect(uses).toEqual([
      { file: path.join(dir, "kube/a.yaml"), context: "admin@a", what: "kubernetes" },
      { file: path.join(dir, "b.yaml"), context: undefined, what: "kubernetes (b)" },
      { file: "/abs/${odd}.yaml", context: undefined, what: "helm" },
    ]);
  });
});

describe("apiServerReady", () => {
  const servers: (http.Server | https.Server)[] = [];
  afterAll(() => servers.forEach((s) => s.close()));
  const listen = async (server: http.Server | https.Server) => {
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    return (server.address() as AddressInfo).port;
  };
  const kubeconfig = (dir: string, cluster: object, user: object, extra: object = {}) => {
    const file = path.join(dir, "kubeconfig.yaml");
    fs.writeFileSync(
      file,
      JSON.stringify({
        apiVersion: "v1",
        kind: "Config",
        clusters: [{ name: "c", cluster }],
        users: [{ name: "u", user }],
        contexts: [{ name: "ctx", context: { cluster: "c", user: "u" } }],
        "current-context": "ctx",
        ...extra,
      }),
    );
    return file;
  };

  test("a missing kubeconfig is not ready yet, and says so", async () => {
    expect(await apiServerReady(path.join(tmp(), "none.yaml"))).toMatch(/none\.yaml does not exist yet/);
  });

  test("ready when /readyz answers ok with the kubeconfig's bearer token; otherwise the failing checks", async () => {
    let ready = false;
    const seen: (string | undefined)[] = [];
    const port = await listen(
      http.createServer((req, res) => {
        seen.push(req.headers.authorization);
        if (req.url !== "/prefix/readyz") return void res.writeHead(404).end();
        if (req.headers.authorization !== "Bearer t0ken") return void res.writeHead(401).end();
        if (ready) return void res.end("ok");
        res
          .writeHead(500)
          .end("[+]ping ok\n[-]poststarthook/rbac/bootstrap-roles failed: not finished\nreadyz check failed\n");
      }),
    );
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "token"), "t0ken\n");
    const file = kubeconfig(dir, { server: `http://127.0.0.1:${port}/prefix` }, { tokenFile: "token" });
    expect(await apiServerReady(file)).toBe(
      `the API server http://127.0.0.1:${port}/prefix is not ready (readyz answered 500; failing: poststarthook/rbac/bootstrap-roles)`,
    );
    ready = true;
    expect(await apiServerReady(file)).toBeUndefined();
    expect(seen).toEqual(["Bearer t0ken", "Bearer t0ken"]);

    const wrong = kubeconfig(dir, { server: `http://127.0.0.1:${port}/prefix` }, { token: "other" });
    expect(await apiServerReady(wrong)).toMatch(/does not accept the kubeconfig's credentials \(401\)/);
    // An exec plugin's credentials are not run here: an answering API server is all that can be known.
    const exec = kubeconfig(dir, { server: `http://127.0.0.1:${port}/prefix` }, { exec: { command: "x" } });
    expect(await apiServerReady(exec)).toBeUndefined();
  });

  test("nothing listening: the address and the connection error", async () => {
    const closed = await listen(http.createServer());
    await new Promise((r) => servers.pop()!.close(r));
    const file = kubeconfig(tmp(), { server: `https://127.0.0.1:${closed}` }, {});
    expect(await apiServerReady(file)).toMatch(
      new RegExp(`the API server https://127.0.0.1:${closed}: .*ECONNREFUSED`),
    );
  });

  test("TLS: trusts only the kubeconfig's CA, presents its client certificate", async () => {
    const dir = tmp();
    makeCa(dir, "ca", "test-ca");
    signCertificate(dir, {
      name: "server",
      ca: "ca",
      cn: "kube-apiserver",
      extensions: ["subjectAltName=IP:127.0.0.1", "extendedKeyUsage=serverAuth"],
    });
    signCertificate(dir, { name: "client", ca: "ca", cn: "system:admin", extensions: ["extendedKeyUsage=clientAuth"] });
    const read = (f: string) => fs.readFileSync(path.join(dir, f));
    const b64 = (f: string) => read(f).toString("base64");
    const clients: string[] = [];
    const port = await listen(
      https.createServer(
        {
          key: read("server.key"),
          cert: read("server.crt"),
          ca: read("ca.crt"),
          requestCert: true,
          rejectUnauthorized: false,
        },
        (req, res) => {
          const socket = req.socket as TLSSocket;
          clients.push(socket.authorized ? String(socket.getPeerCertificate().subject.CN) : "anonymous");
          res.end("ok");
        },
      ),
    );
    const server = `https://127.0.0.1:${port}`;
    const withCa = kubeconfig(
      dir,
      { server, "certificate-authority-data": b64("ca.crt") },
      { "client-certificate-data": b64("client.crt"), "client-key": "client.key" },
    );
    expect(await apiServerReady(withCa)).toBeUndefined();
    expect(clients).toEqual(["system:admin"]);
    // Without the CA the server's certificate is not trusted, and no request is made.
    const withoutCa = kubeconfig(dir, { server }, {});
    expect(await apiServerReady(withoutCa)).toMatch(/self-signed|unable to verify|unable to get local issuer/);
    expect(clients).toHaveLength(1);
    // insecure-skip-tls-verify is the kubeconfig's own choice, honoured as kubectl does.
    expect(await apiServerReady(kubeconfig(dir, { server, "insecure-skip-tls-verify": true }, {}))).toBeUndefined();
    expect(clients).toEqual(["system:admin", "anonymous"]);
  });

  test("a kubeconfig that names what it does not define: the reason, and none of its values", async () => {
    const dir = tmp();
    const file = kubeconfig(
      dir,
      { server: "https://127.0.0.1:1" },
      { token: "s3cret-token" },
      { "current-context": "gone" },
    );
    const reason = await apiServerReady(file);
    expect(reason).toBe(`${file} has no context named gone`);
    expect(() => readApiServerAccess(file, "ctx")).not.toThrow();
    fs.writeFileSync(file, "users:\n- token: s3cret-token\n  { not: [yaml\n");
    expect(await apiServerReady(file)).toBe(`${file} is not YAML (line 3)`);
    expect(reason).not.toContain("s3cret");
  });
});
