import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fakeOutdir, fakeTofu, runCli } from "../../testing/cli";
import { shippedRaw, writeModelDir } from "../../testing/model";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "homelab-cli-"));
const STACKS = { base: [], kss: ["base"], kcs: ["base"] };

describe("homelab synth", () => {
  test("writes every stack and the manifest, and removes the directory of a stack that no longer exists", () => {
    const model = writeModelDir(shippedRaw());
    const out = path.join(tmp(), "out");
    fs.mkdirSync(path.join(out, "stacks", "gone"), { recursive: true });
    const r = runCli(["--outdir", out, "synth"], { env: { HOMELAB_MODEL_DIR: model } });
    expect(r.status).toBe(0);
    const expected = ["base", "kcs", "kcs-identity", "kcs-platform", "kss", "kss-identity", "kss-platform", "support"];
    expect(r.stderr).toMatch(new RegExp(`synthesized 8 stacks into .*: ${expected.join(", ")}`));
    expect(fs.readdirSync(path.join(out, "stacks")).sort()).toEqual(expected);
    expect(fs.existsSync(path.join(out, "gitops", "index.json"))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
    expect([...manifest.stacks.kss.dependencies].sort()).toEqual(["base", "support"]);
  });

  test("a bad model: exit 1 with the model's message, no stack trace, nothing written", () => {
    const raw = shippedRaw();
    raw.clusters.kss.master.ip = "not-an-ip";
    const model = writeModelDir(raw);
    const out = path.join(tmp(), "out");
    const r = runCli(["--outdir", out, "synth"], { env: { HOMELAB_MODEL_DIR: model } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/clusters\/kss\.yaml:\d+: master\.ip/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("homelab plan / apply / destroy", () => {
  test("apply: init, then apply, one stack at a time in dependency order, each with its own log", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu({
      "base:apply": { stdout: "Apply complete! Resources: 2 added, 0 changed, 0 destroyed.\n" },
    });
    const cwd = tmp();
    const r = runCli(["--outdir", out, "apply"], { cwd, env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(0);
    expect(tofu.calls().map((c) => c.split(" ").slice(0, 2).join(" "))).toEqual([
      "base init",
      "base apply",
      "kcs init",
      "kcs apply",
      "kss init",
      "kss apply",
    ]);
    expect(tofu.calls()[1]).toContain("-auto-approve");
    expect(r.stdout).toMatch(/base\s+applied — Apply complete! Resources: 2 added/);
    expect(r.stderr).toMatch(/\[1\/3\] base: apply/);
    const logs = fs.readdirSync(path.join(cwd, ".state", "logs"));
    expect(fs.readdirSync(path.join(cwd, ".state", "logs", logs[0])).sort()).toEqual([
      "base.apply.log",
      "kcs.apply.log",
      "kss.apply.log",
    ]);
  });

  test("a failing stack: its error is repeated in the summary with its log, the stacks after it are skipped, exit 1", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu({
      "base:apply": {
        code: 1,
        stderr: "╷\n│ Error: Failed to connect to Vault\n│ \n│ dial tcp: connection refused\n╵\n",
      },
    });
    const r = runCli(["--outdir", out, "apply"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(1);
    expect(tofu.calls().map((c) => c.split(" ")[0])).toEqual(["base", "base"]);
    expect(r.stdout).toMatch(/kcs\s+skipped/);
    expect(r.stdout).toMatch(/base failed \(full log: .*base\.apply\.log\):\n\s+Error: Failed to connect to Vault/);
  });

  test("plan --detailed-exitcode exits 2 when a stack has changes", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu({ "kss:plan": { code: 2, stdout: "Plan: 1 to add, 0 to change, 0 to destroy.\n" } });
    const r = runCli(["--outdir", out, "plan", "--detailed-exitcode"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/kss\s+changes — Plan: 1 to add/);
    expect(r.stdout).toMatch(/base\s+no changes/);
    expect(
      tofu
        .calls()
        .filter((c) => c.includes(" plan "))
        .every((c) => c.includes("-detailed-exitcode")),
    ).toBe(true);
  });

  test("destroy off a terminal refuses without --yes and runs nothing", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu();
    const r = runCli(["--outdir", out, "destroy"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/destroy of base, kcs, kss needs --yes when not run from a terminal; nothing was changed/);
    expect(tofu.calls()).toEqual([]);
  });

  test("destroy --yes goes in reverse dependency order", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu();
    const r = runCli(["--outdir", out, "destroy", "--yes"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(0);
    expect(
      tofu
        .calls()
        .filter((c) => c.includes(" destroy "))
        .map((c) => c.split(" ")[0]),
    ).toEqual(["kss", "kcs", "base"]);
  });

  test("--target and --exclude pass through to one stack and are refused for several", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu();
    const one = runCli(["--outdir", out, "apply", "kss", "-t", "a.b", "-e", "c.d"], {
      cwd: tmp(),
      env: { HOMELAB_TOFU: tofu.bin },
    });
    expect(one.status).toBe(0);
    expect(tofu.calls()).toContainEqual(expect.stringMatching(/^kss apply .*-target=a\.b -exclude=c\.d$/));
    const many = runCli(["--outdir", out, "apply", "-t", "a.b"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(many.status).toBe(1);
    expect(many.stderr).toMatch(/name exactly one stack/);
  });

  test("--dry-run prints the commands in order and runs nothing", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu();
    const r = runCli(["--outdir", out, "destroy", "--dry-run"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^\[\d\/3\] (\S+):/gm)).toEqual(["[1/3] kss:", "[2/3] kcs:", "[3/3] base:"]);
    expect(tofu.calls()).toEqual([]);
  });

  test("an unknown stack and an unknown verb end with one message and a non-zero exit", () => {
    const out = fakeOutdir(STACKS);
    const unknown = runCli(["--outdir", out, "plan", "kxx"]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no stack named kxx — the synthesized stacks are base, kcs, kss/);
    const verb = runCli(["frobnicate"]);
    expect(verb.status).not.toBe(0);
    expect(verb.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  test("without a synthesized manifest: says to synthesize first", () => {
    const r = runCli(["--outdir", path.join(tmp(), "none"), "plan"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/manifest\.json does not exist — run `homelab synth` first/);
  });

  test("a tofu that cannot be started: one clear message, no stack trace", () => {
    const out = fakeOutdir(STACKS);
    const r = runCli(["--outdir", out, "apply", "base"], { cwd: tmp(), env: { HOMELAB_TOFU: "/nonexistent/tofu" } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/could not be started .* install OpenTofu or set HOMELAB_TOFU/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("homelab status", () => {
  test("tells not applied, applied, pending changes and drifted per stack, as JSON", () => {
    const out = fakeOutdir({ base: [], kss: ["base"], kcs: ["base"], lab: ["base"], idp: ["base"] });
    const change = (address: string, actions: string[], before: unknown, after: unknown) => ({
      address,
      change: { actions, before, after },
    });
    const pending = JSON.stringify({
      resource_changes: [change("a.b", ["update"], { x: 1 }, { x: 2 }), change("a.c", ["no-op"], {}, {})],
    });
    // Someone changed a realm's display name by hand.
    const drift = JSON.stringify({
      resource_drift: [change("keycloak_realm.broker", ["update"], { display_name: "A" }, { display_name: "B" })],
      resource_changes: [change("keycloak_realm.broker", ["no-op"], {}, {})],
    });
    // The provider read back empty values where the state held null: nobody changed anything.
    const readBack = JSON.stringify({
      resource_drift: [
        change(
          "keycloak_realm.broker",
          ["update"],
          { realm: "broker", attributes: null, default_default_client_scopes: null, smtp_server: [] },
          { realm: "broker", attributes: {}, default_default_client_scopes: [], smtp_server: [] },
        ),
      ],
    });
    const tofu = fakeTofu({
      "base:state_list": { stdout: "vault_mount.pki\n" },
      "kss:state_list": { stdout: "" },
      "kcs:state_list": { stdout: "a.b\n" },
      "kcs:plan": { code: 2 },
      "kcs:show": { stdout: pending },
      "lab:state_list": { stdout: "a.b\n" },
      "lab:show": { stdout: drift },
      "idp:state_list": { stdout: "keycloak_realm.broker\n" },
      "idp:show": { stdout: readBack },
    });
    const r = runCli(["--outdir", out, "status", "--json"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.fromEntries(report.stacks.map((s: any) => [s.stack, s.state]))).toEqual({
      base: "applied",
      kss: "not applied",
      kcs: "pending changes",
      lab: "drifted",
      idp: "applied",
    });
    expect(report.stacks.find((s: any) => s.stack === "lab").detail).toBe(
      "changed outside OpenTofu: keycloak_realm.broker",
    );
    expect(report.stacks.find((s: any) => s.stack === "kcs").detail).toBe("1 changes");
    // The saved plan is read back, and its values (secrets among them) never reach the log.
    expect(tofu.calls().filter((c) => / show -json -no-color \S+\/status\.tfplan$/.test(c))).toHaveLength(4);
    const labLog = fs.readFileSync(report.stacks.find((s: any) => s.stack === "lab").log, "utf8");
    expect(labLog).not.toContain("display_name");
    expect(labLog).toMatch(/\[stdout: \d+ bytes, not logged: it holds secrets\]/);
    // Status never takes a lock.
    expect(
      tofu
        .calls()
        .filter((c) => c.includes(" plan "))
        .every((c) => c.includes("-lock=false")),
    ).toBe(true);
  });
  test("named stacks are the only ones asked about; an unknown name is an error that lists the stacks", () => {
    const out = fakeOutdir(STACKS);
    const tofu = fakeTofu({ "kss:state_list": { stdout: "a.b\n" } });
    const r = runCli(["--outdir", out, "status", "--json", "kss"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).stacks.map((s: any) => s.stack)).toEqual(["kss"]);
    expect(new Set(tofu.calls().map((c) => c.split(" ")[0]))).toEqual(new Set(["kss"]));
    const unknown = runCli(["--outdir", out, "status", "nope"], { cwd: tmp(), env: { HOMELAB_TOFU: tofu.bin } });
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no stack named nope — the synthesized stacks are base, k[cs]s, k[cs]s/);
  });
});

describe("homelab doctor", () => {
  const out = () => fakeOutdir({ base: [] }, { base: { variable: { state_passphrase: { sensitive: true } } } });

  test("a tofu that is Terraform, not OpenTofu, fails with the fix", () => {
    const tofu = fakeTofu({}, "Terraform v1.11.4");
    const r = runCli(["--outdir", out(), "doctor", "--offline"], {
      env: { HOMELAB_TOFU: tofu.bin, TF_VAR_state_passphrase: "x".repeat(20) },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+tofu: .* is not OpenTofu .*\n\s+fix: install OpenTofu/);
  });

  test("an OpenTofu older than 1.10 fails", () => {
    const tofu = fakeTofu({}, "OpenTofu v1.9.1");
    const r = runCli(["--outdir", out(), "doctor", "--offline", "--json"], { env: { HOMELAB_TOFU: tofu.bin } });
    const findings = JSON.parse(r.stdout);
    expect(findings).toContainEqual(
      expect.objectContaining({ check: "tofu", severity: "fail", detail: "OpenTofu 1.9.1 is older than 1.10.0" }),
    );
  });

  test("a missing required credential fails, naming the variable and the stacks that need it", () => {
    const tofu = fakeTofu();
    const r = runCli(["--outdir", out(), "doctor", "--offline", "--json"], {
      env: { HOMELAB_TOFU: tofu.bin, TF_VAR_state_passphrase: "" },
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toContainEqual(
      expect.objectContaining({
        check: "credentials",
        severity: "fail",
        detail: expect.stringMatching(/TF_VAR_state_passphrase is not set .*stacks base/),
      }),
    );
  });

  test("all well: exit 0", () => {
    const tofu = fakeTofu();
    const r = runCli(["--outdir", out(), "doctor", "--offline"], {
      cwd: tmp(),
      env: {
        HOMELAB_TOFU: tofu.bin,
        TF_VAR_state_passphrase: "x".repeat(20),
        HOMELAB_MODEL_DIR: writeModelDir(shippedRaw()),
      },
    });
    expect(r.stdout).toMatch(/^ready/m);
    expect(r.status).toBe(0);
  });
});

test("a manifest whose stack depends on one it does not list is refused", () => {
  const out = fakeOutdir({ kss: ["base"] });
  const r = runCli(["--outdir", out, "plan"]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(
    /stack kss depends on base, which .*manifest\.json does not list — run `homelab synth` again/,
  );
});
