import { leftovers, Proc } from "../../integration/leaks";

const proc = (pid: number, ppid: number, exe: string, pgid = pid): Proc => ({ pid, ppid, pgid, exe, cmd: exe });

describe("the slow tier's leak check", () => {
  const root = 100;
  const table = [
    proc(1, 0, "/sbin/init"),
    proc(root, 1, "/usr/bin/node"),
    // a server the run started, and the JVM its launcher script started
    proc(101, root, "/usr/bin/bash", 101),
    proc(102, 101, "/usr/lib/jvm/bin/java", 101),
    // a server reparented to init after the process that started it died
    proc(200, 1, "/root/.cache/homelab-cdktf/toolchain/bin/bao"),
    // unrelated
    proc(300, 1, "/usr/sbin/sshd"),
    proc(301, 1, "/root/.cache/homelab-cdktf/toolchain-other/bin/bao"),
  ];

  test("finds the run's descendants, grandchildren included", () => {
    expect(leftovers(root, undefined, table).map((p) => p.pid)).toEqual([101, 102]);
  });

  test("finds a process running from the toolchain root, whoever its parent is", () => {
    const found = leftovers(root, "/root/.cache/homelab-cdktf/toolchain", table).map((p) => p.pid);
    expect(found).toEqual([101, 102, 200]);
  });

  test("finds nothing when the run stopped all it started", () => {
    expect(leftovers(root, "/root/.cache/homelab-cdktf/toolchain", table.slice(0, 2))).toEqual([]);
  });
});
