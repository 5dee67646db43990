/**
 * The slow tier's global teardown: no server may outlive the test run.
 *
 * Every test file stops what it starts. A process still running when the run ends is a
 * leak (a `beforeAll` that failed half way, a stop that did not wait), and it would also
 * keep Jest from exiting. Leaks are found two ways: descendants of this process, and any
 * process whose executable is in the toolchain root (a server reparented to init when the
 * process that started it died). Each is killed, with its process group, and the run fails
 * naming them.
 */
import * as fs from "node:fs";
import { toolchainRoot } from "./toolchain";

export interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  readonly exe: string;
  readonly cmd: string;
}

function processes(): Proc[] {
  const procs: Proc[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      let exe = "";
      try {
        exe = fs.readlinkSync(`/proc/${entry}/exe`);
      } catch {
        // a kernel thread, or gone
      }
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ").trim();
      procs.push({ pid: Number(entry), ppid: Number(fields[1]), pgid: Number(fields[2]), exe, cmd });
    } catch {
      // exited while listed
    }
  }
  return procs;
}

/** The toolchain root, where every server binary and distribution runs from; none when it is not built. */
function installRoot(): string | undefined {
  try {
    return toolchainRoot();
  } catch {
    return undefined;
  }
}

/** The processes the run left behind: descendants of `root`, and anything running from `toolRoot`. */
export function leftovers(root: number, toolRoot: string | undefined, procs = processes()): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const found = new Map<number, Proc>();
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.set(child.pid, child);
      walk(child.pid);
    }
  };
  walk(root);
  if (toolRoot) {
    for (const p of procs) if (p.pid !== root && p.exe.startsWith(`${toolRoot}/`)) found.set(p.pid, p);
  }
  return [...found.values()].sort((a, b) => a.pid - b.pid);
}

export default async function teardown(): Promise<void> {
  // A server's last exit may be in flight: look again after a moment before calling it a leak.
  const root = installRoot();
  let left = leftovers(process.pid, root);
  if (left.length > 0) {
    await new Promise((r) => setTimeout(r, 3000));
    left = leftovers(process.pid, root);
  }
  if (left.length === 0) return;
  for (const p of left) {
    try {
      process.kill(p.pgid === p.pid ? -p.pid : p.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  throw new Error(
    `the slow tier left ${left.length} process(es) running; each test file must stop what it starts ` +
      `(killed now):\n${left.map((p) => `  pid ${p.pid}: ${p.cmd || p.exe}`).join("\n")}`,
  );
}
