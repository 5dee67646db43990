/**
 * The hypervisor layer of one small cluster applied against a real libvirtd
 * on this machine: the NAT network and base image (support stack), then the
 * cluster's overlay disks, cloud-init disks and domains of type qemu. The
 * image is a tiny empty qcow2, so the VMs boot nothing, and the delivery
 * over SSH is not part of this test (tests/scripts covers the script).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { REPO_ROOT, shippedRaw, writeModelDir } from "../testing/model";
import { runApp } from "../testing/synth";
import { targets } from "./targets";
import { tofu, TofuResult, tofuOk, toolEnv, toolPath } from "./toolchain";

const URI = "qemu:///system";
const POOL = "homelab-it";
const BRIDGE = "br-hl-it";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-libvirt-"));
const outdir = path.join(work, "out");
const env = { TF_VAR_state_passphrase: "libvirt-integration-passphrase" };
const startedDaemons: number[] = [];

const virsh = (...args: string[]) => execFileSync("virsh", ["-c", URI, ...args], { encoding: "utf8" });
const stackDir = (stack: string) => path.join(outdir, "stacks", stack);
// libvirt provider 0.8.3 reads cloud-init ISOs back over the libvirt connection, and two
// concurrent reads can corrupt each other ("error while retrieving remote ISO:
// corrupted-image: EOF"); one operation at a time makes it rare.
const ONE_AT_A_TIME = "-parallelism=1";
const ISO_READ_FAILURE = /corrupted-image: EOF/;

/**
 * `tofu <command>` on a stack's libvirt resources, one operation at a time. The ISO read
 * can still fail now and then; the disk is then tainted (or just not refreshed) and the
 * next run replaces or re-reads it, so that failure, and only that one, is retried twice.
 */
function libvirtTofu(stack: string, command: readonly string[]): TofuResult {
  const run = () => tofu(stackDir(stack), [...command, "-input=false", ONE_AT_A_TIME, ...libvirtTargets(stack)], env);
  let result = run();
  for (let retry = 0; retry < 2 && result.status === 1 && ISO_READ_FAILURE.test(result.text); retry++) result = run();
  return result;
}

function libvirtTofuOk(stack: string, command: readonly string[]): TofuResult {
  const result = libvirtTofu(stack, command);
  if (result.status !== 0) throw new Error(`tofu ${command.join(" ")} failed for ${stack}:\n${result.text}`);
  return result;
}

/**
 * `-target` flags for a stack's libvirt resources: in support the shared network and image (not the
 * support VM), in the cluster stack everything but the delivery over SSH.
 */
function libvirtTargets(stack: string): string[] {
  return targets(
    stackDir(stack),
    (address) => address.startsWith("libvirt_") && (stack !== "support" || address.includes("libvirt-host")),
  );
}

function daemonRunning(name: string): boolean {
  return spawnSync("pgrep", ["-x", name]).status === 0;
}

beforeAll(() => {
  for (const daemon of ["virtlogd", "libvirtd"]) {
    if (daemonRunning(daemon)) continue;
    execFileSync(daemon, ["-d", "--pid-file", path.join(work, `${daemon}.pid`)]);
    startedDaemons.push(Number(fs.readFileSync(path.join(work, `${daemon}.pid`), "utf8")));
  }
  for (let i = 0; i < 50 && spawnSync("virsh", ["-c", URI, "version"]).status !== 0; i++)
    execFileSync("sleep", ["0.2"]);

  // QEMU runs as its own user and must reach the disks.
  fs.chmodSync(work, 0o755);
  fs.mkdirSync(path.join(work, "pool"), { mode: 0o755 });
  virsh("pool-define-as", POOL, "dir", "--target", path.join(work, "pool"));
  virsh("pool-start", POOL);
  execFileSync("ip", ["link", "add", BRIDGE, "type", "bridge"]);
  execFileSync("ip", ["link", "set", BRIDGE, "up"]);
  const image = path.join(work, "tiny.qcow2");
  execFileSync("qemu-img", ["create", "-q", "-f", "qcow2", image, "64M"]);

  const raw = shippedRaw();
  raw.site.libvirt = { uri: URI, pool: POOL, domain_type: "qemu", base_image: image, nat_cidr: "192.168.177.0/24" };
  raw.site.network.bridge = BRIDGE;
  raw.clusters = {
    lab: {
      name: "lab",
      master: { ip: "10.69.50.80", mac: "52:54:00:69:50:80", cpus: 2, memory: 4096, disk: 20 },
      workers: [{ name: "worker-1", ip: "10.69.50.81", mac: "52:54:00:69:50:81", cpus: 2, memory: 2048, disk: 20 }],
      loadbalancer: { cidr: "10.69.50.224/28" },
    },
  };
  const synth = runApp({ modelDir: writeModelDir(raw), outdir, env: { HOMELAB_SUPPORT_BACKEND: "local" } });
  if (synth.status !== 0) throw new Error(`synth failed:\n${synth.stderr}`);
  // The cluster keeps its state next to it; support's is local already (HOMELAB_SUPPORT_BACKEND=local).
  fs.writeFileSync(
    path.join(stackDir("lab"), "zz_local_state_override.tf.json"),
    JSON.stringify({ terraform: { backend: { local: { path: "lab.tfstate" } } } }),
  );
  for (const stack of ["support", "lab"]) tofuOk(stackDir(stack), ["init", "-input=false"], env);
});

afterAll(() => {
  for (const stack of ["lab", "support"]) {
    if (fs.existsSync(path.join(stackDir(stack), ".terraform"))) libvirtTofu(stack, ["destroy", "-auto-approve"]);
  }
  spawnSync("virsh", ["-c", URI, "pool-destroy", POOL]);
  spawnSync("virsh", ["-c", URI, "pool-undefine", POOL]);
  spawnSync("ip", ["link", "del", BRIDGE]);
  for (const pid of startedDaemons.reverse()) spawnSync("kill", [String(pid)]);
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the hypervisor layer on a real libvirtd", () => {
  test("support creates the NAT network and the base image", () => {
    libvirtTofuOk("support", ["apply", "-auto-approve"]);
    expect(virsh("net-info", "homelab-mgmt")).toMatch(/Active:\s+yes/);
    expect(virsh("vol-list", POOL)).toContain("nixos-base.qcow2");
  });

  test("the cluster's domains exist with the modelled vCPUs, memory and MACs", () => {
    libvirtTofuOk("lab", ["apply", "-auto-approve"]);
    const vols = virsh("vol-list", POOL);
    expect(vols).toContain("lab-master.qcow2");
    expect(vols).toContain("lab-worker-1.qcow2");
    const expected = [
      { name: "lab-master", cpus: 2, memoryKiB: 4096 * 1024, mac: "52:54:00:69:50:80" },
      { name: "lab-worker-1", cpus: 2, memoryKiB: 2048 * 1024, mac: "52:54:00:69:50:81" },
    ];
    for (const vm of expected) {
      const info = virsh("dominfo", vm.name);
      expect(info).toMatch(new RegExp(`CPU\\(s\\):\\s+${vm.cpus}\\n`));
      expect(info).toMatch(new RegExp(`Max memory:\\s+${vm.memoryKiB} KiB`));
      const nics = virsh("domiflist", vm.name);
      expect(nics).toMatch(new RegExp(`network\\s+homelab-mgmt\\s+\\S+\\s+52:54:01:[0-9a-f:]{8}`));
      expect(nics).toMatch(new RegExp(`bridge\\s+${BRIDGE}\\s+\\S+\\s+${vm.mac}`));
      const xml = virsh("dumpxml", vm.name);
      expect(xml).toMatch(/<domain type='qemu'/);
      expect(xml).toContain(`${vm.name}.qcow2`);
    }
    // The disk is a copy-on-write overlay of the base image.
    expect(virsh("vol-dumpxml", "--pool", POOL, "lab-master.qcow2")).toContain("nixos-base.qcow2");
  });

  test("homelab status tells each VM's state from libvirtd", () => {
    // In a namespace with only loopback: the cluster stack's plan reads base's state from
    // the support VM's address, which must fail here rather than leave the machine.
    const r = spawnSync(
      "unshare",
      [
        "-n",
        "--",
        process.execPath,
        path.join(REPO_ROOT, "bin", "homelab.js"),
        "--outdir",
        outdir,
        "status",
        "--json",
        "support",
        "lab",
      ],
      { cwd: work, encoding: "utf8", env: toolEnv({ ...env, HOMELAB_TOFU: toolPath("tofu") }), timeout: 300_000 },
    );
    expect({ status: r.status, stderr: r.status === 0 ? "" : r.stderr }).toEqual({ status: 0, stderr: "" });
    const report = JSON.parse(r.stdout);
    expect(Object.fromEntries(report.vms.map((v: any) => [v.name, v.state]))).toEqual({
      support: "not defined",
      "lab-master": virsh("domstate", "lab-master").trim(),
      "lab-worker-1": virsh("domstate", "lab-worker-1").trim(),
    });
    expect(virsh("domstate", "lab-master").trim()).toBe("running");
    // The support VM and the cluster's deliveries are not applied here.
    expect(report.stacks.find((s: any) => s.stack === "support").state).toBe("pending changes");
  });

  test("a second plan shows no changes", () => {
    for (const stack of ["support", "lab"]) {
      const plan = libvirtTofu(stack, ["plan", "-detailed-exitcode"]);
      expect({ stack, status: plan.status, text: plan.status === 0 ? "" : plan.text }).toEqual({
        stack,
        status: 0,
        text: "",
      });
    }
  });

  test("destroy removes every domain and volume", () => {
    for (const stack of ["lab", "support"]) libvirtTofuOk(stack, ["destroy", "-auto-approve"]);
    expect(virsh("list", "--all", "--name")).not.toMatch(/lab-/);
    expect(virsh("vol-list", POOL)).not.toMatch(/qcow2/);
  });
});
