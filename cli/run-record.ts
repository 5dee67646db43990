/**
 * The record `homelab up` keeps of its own run (`.state/up.json`): which
 * process runs it and since when. It keeps a second `up` on this machine
 * from running beside the first, and it is how a rerun knows that the run
 * before it was killed. OpenTofu's S3 lock file outlives a killed `tofu`;
 * a lock taken by this user on this host after the killed run began can
 * only be that run's, so a rerun may release it, and no other.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CliError } from "./errors";

export interface RunRecord {
  readonly pid: number;
  /** `user@host`, as OpenTofu writes it into a lock's `Who`. */
  readonly who: string;
  /** ISO time the run began. */
  readonly started: string;
}

/** `user@host` of this process, as OpenTofu names a lock's holder. */
export function lockHolder(): string {
  return `${os.userInfo().username}@${os.hostname()}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Claims the run record at `file`. Refuses while another run of this host
 * is alive; returns the record of a run that died (if any) and a release.
 */
export function claimRun(file: string): { interrupted?: RunRecord; release: () => void } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let interrupted: RunRecord | undefined;
  if (fs.existsSync(file)) {
    let before: RunRecord | undefined;
    try {
      before = JSON.parse(fs.readFileSync(file, "utf8")) as RunRecord;
    } catch {
      before = undefined;
    }
    if (before && before.who === lockHolder() && alive(before.pid)) {
      throw new CliError(
        `another homelab up is running (pid ${before.pid}, since ${before.started}) — let it finish, or stop it, then run this again`,
      );
    }
    if (before && before.who !== lockHolder()) {
      throw new CliError(
        `${file} says homelab up runs as ${before.who} (pid ${before.pid}, since ${before.started}), not here — if it does not, delete ${file} and run this again`,
      );
    }
    interrupted = before;
    fs.rmSync(file, { force: true });
  }
  const mine: RunRecord = { pid: process.pid, who: lockHolder(), started: new Date().toISOString() };
  // "wx": two runs starting at the same moment cannot both claim it.
  try {
    fs.writeFileSync(file, `${JSON.stringify(mine)}\n`, { flag: "wx", mode: 0o600 });
  } catch {
    throw new CliError(`another homelab up started just now (${file} exists) — let it finish, then run this again`);
  }
  return {
    interrupted,
    release: () => {
      try {
        if ((JSON.parse(fs.readFileSync(file, "utf8")) as RunRecord).pid === process.pid) fs.rmSync(file);
      } catch {
        // Already gone.
      }
    },
  };
}

export interface StateLock {
  readonly id: string;
  readonly who: string;
  readonly created: Date;
}

/** The lock OpenTofu names in "Error acquiring the state lock", or undefined. */
export function heldLock(errors: readonly string[]): StateLock | undefined {
  const text = errors.find((e) => /Error acquiring the state lock/.test(e));
  if (!text) return undefined;
  const field = (name: string) => new RegExp(`^\\s*${name}:\\s*(.+)$`, "m").exec(text)?.[1].trim();
  const id = field("ID");
  const who = field("Who");
  // Go's time format: "2026-12-01 23:30:01.123456789 +0000 UTC".
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d+))? ([+-]\d\d)(\d\d)/.exec(field("Created") ?? "");
  if (!id || !who || !m) return undefined;
  const created = new Date(`${m[1]}T${m[2]}.${(m[3] ?? "0").padEnd(3, "0").slice(0, 3)}${m[4]}:${m[5]}`);
  return Number.isNaN(created.getTime()) ? undefined : { id, who, created };
}

/** Whether `lock` was left by the killed run `interrupted` (same holder, taken after it began). */
export function leftBy(lock: StateLock, interrupted: RunRecord | undefined): boolean {
  if (!interrupted || lock.who !== interrupted.who) return false;
  return lock.created.getTime() >= new Date(interrupted.started).getTime() - 1000;
}
