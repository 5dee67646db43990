import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { claimRun, heldLock, leftBy, lockHolder } from "../../cli/run-record";

const file = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "homelab-run-")), "state", "up.json");
/** A pid that no process has: one that just exited. */
const deadPid = () => spawnSync("true").pid!;

const LOCK_ERROR = `Error: Error acquiring the state lock

Error message: operation error S3: PutObject, https response error StatusCode: 412
Lock Info:
  ID:        5b0c8a1e-2f3d-4c1e-9a77-0c9d2e7f1a10
  Path:      tofu-state/base/terraform.tfstate
  Operation: OperationTypeApply
  Who:       admin@workstation
  Version:   1.12.6
  Created:   2026-12-01 23:30:01.123456789 +0100 CET
  Info:

OpenTofu acquires a state lock to protect the state from being written
by multiple users at the same time.`;

describe("the run record", () => {
  test("a second up on this host is refused while the first is alive", () => {
    const f = file();
    const first = claimRun(f);
    expect(() => claimRun(f)).toThrow(/another homelab up is running \(pid \d+, since .*\) — let it finish/);
    first.release();
    expect(fs.existsSync(f)).toBe(false);
    claimRun(f).release();
  });

  test("a run that died is handed to the next as interrupted, and its record replaced", () => {
    const f = file();
    fs.mkdirSync(path.dirname(f), { recursive: true });
    const dead = { pid: deadPid(), who: lockHolder(), started: "2026-12-01T22:00:00.000Z" };
    fs.writeFileSync(f, JSON.stringify(dead));
    const claim = claimRun(f);
    expect(claim.interrupted).toEqual(dead);
    expect(JSON.parse(fs.readFileSync(f, "utf8")).pid).toBe(process.pid);
    claim.release();
  });

  test("a record of another host is not taken over", () => {
    const f = file();
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, JSON.stringify({ pid: 1, who: "someone@elsewhere", started: "2026-12-01T22:00:00.000Z" }));
    expect(() => claimRun(f)).toThrow(/runs as someone@elsewhere .* if it does not, delete .*up\.json/);
  });
});

describe("state locks", () => {
  test("OpenTofu's lock error is read: id, holder and time with its offset", () => {
    expect(heldLock([LOCK_ERROR])).toEqual({
      id: "5b0c8a1e-2f3d-4c1e-9a77-0c9d2e7f1a10",
      who: "admin@workstation",
      created: new Date("2026-12-01T22:30:01.123Z"),
    });
    expect(heldLock(["Error: Invalid provider configuration"])).toBeUndefined();
  });

  test("only a lock its holder took after the killed run began is that run's", () => {
    const lock = heldLock([LOCK_ERROR])!;
    const run = (who: string, started: string) => ({ pid: 1, who, started });
    expect(leftBy(lock, run("admin@workstation", "2026-12-01T22:29:00.000Z"))).toBe(true);
    expect(leftBy(lock, run("admin@workstation", "2026-12-01T22:31:00.000Z"))).toBe(false);
    expect(leftBy(lock, run("other@workstation", "2026-12-01T22:29:00.000Z"))).toBe(false);
    expect(leftBy(lock, undefined)).toBe(false);
  });
});
