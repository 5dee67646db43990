/**
 * scripts/deploy-sync.sh and the push guard against real Git servers on
 * 127.0.0.1: `git daemon`, and OpenSSH with a pinned host key and a push key
 * handed over in the environment, as DeploySync runs it against GitLab.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readTree, runApp } from "../testing/synth";
import { GitServer, SshGitServer, startGitDaemon, startSshGitServer } from "./git-servers";

const REPO_ROOT = path.resolve(__dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "homelab-deploy-sync-"));
// A site whose domains and e-mail addresses are its own (not the example's): site data to keep back.
const DOMAIN = "home-lab.test";
const modelDir = path.join(work, "model");
const tree = path.join(work, "tree");

const gitEnv = { GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" };

function git(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, ...gitEnv, ...env } });
}

function sync(remote: string, env: Record<string, string> = {}) {
  return spawnSync("bash", [path.join(REPO_ROOT, "scripts/deploy-sync.sh")], {
    encoding: "utf8",
    env: {
      ...process.env,
      HOMELAB_DEPLOY_TREE: tree,
      HOMELAB_DEPLOY_REMOTE: remote,
      HOMELAB_MODEL_DIR: modelDir,
      SSH_AUTH_SOCK: "",
      ...env,
    },
  });
}

/** Subjects of the commits on `branch` of a bare repository, newest first. */
function log(bareDir: string, branch = "deploy"): string[] {
  const result = git(bareDir, ["log", "--format=%s", branch]);
  return result.status === 0 ? result.stdout.trim().split("\n") : [];
}

function files(bareDir: string, branch = "deploy"): string[] {
  return git(bareDir, ["ls-tree", "-r", "--name-only", branch]).stdout.trim().split("\n");
}

function writeTree(entries: Record<string, string>) {
  fs.rmSync(tree, { recursive: true, force: true });
  for (const [file, text] of Object.entries(entries)) {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  }
}

beforeAll(() => {
  fs.mkdirSync(path.join(modelDir, "clusters"), { recursive: true });
  const example = fs.readFileSync(path.join(REPO_ROOT, "site.example.yaml"), "utf8");
  fs.writeFileSync(path.join(modelDir, "site.yaml"), example.replaceAll("example.com", DOMAIN));
  fs.copyFileSync(path.join(REPO_ROOT, "site.example.yaml"), path.join(modelDir, "site.example.yaml"));
  for (const f of fs.readdirSync(path.join(REPO_ROOT, "clusters")))
    fs.copyFileSync(path.join(REPO_ROOT, "clusters", f), path.join(modelDir, "clusters", f));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("deploy sync over git daemon", () => {
  let server: GitServer;
  let deploy: string;
  beforeAll(async () => {
    server = await startGitDaemon();
    deploy = server.addRepository("deploy");
    server.addRepository("public");
  });
  afterAll(() => server.stop());

  test("the first run commits the whole rendered tree (the app's synth of the site) to the deploy branch", () => {
    // What `npm run synth` writes for this site: cdktf.out/gitops.
    const outdir = path.join(work, "synth");
    const synth = runApp({ outdir, modelDir });
    expect(synth.stderr).toBe("");
    expect(synth.status).toBe(0);
    fs.cpSync(path.join(outdir, "gitops"), tree, { recursive: true });
    const rendered = Object.keys(readTree(tree)).sort();
    expect(rendered).toContain("index.json");
    const result = sync(server.url("deploy"));
    expect(result.stderr).toMatch(/deploy-sync: pushed [0-9a-f]{12}/);
    expect(result.status).toBe(0);
    expect(log(deploy)).toHaveLength(1);
    expect(log(deploy)[0]).toMatch(/^Deploy: the rendered GitOps tree of [0-9a-f]{12}/);
    expect(files(deploy)).toEqual(rendered);
    // The site's values are in it: this is what only the deploy repository may receive.
    expect(git(deploy, ["grep", "-l", `lab.${DOMAIN}`, "deploy"]).stdout).not.toBe("");
  });

  test("a second run without changes makes no commit", () => {
    const result = sync(server.url("deploy"));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("is up to date");
    expect(log(deploy)).toHaveLength(1);
  });

  test("a change is one new commit on top, and a file the tree no longer has is removed", () => {
    const [gone, changed] = Object.keys(readTree(tree))
      .filter((f) => f.startsWith("clusters/"))
      .sort();
    fs.rmSync(path.join(tree, gone));
    fs.appendFileSync(path.join(tree, changed), `# host: grafana.kss.lab.${DOMAIN}\n`);
    const before = git(deploy, ["rev-parse", "deploy"]).stdout.trim();
    expect(sync(server.url("deploy")).status).toBe(0);
    expect(log(deploy)).toHaveLength(2);
    expect(git(deploy, ["rev-parse", "deploy~1"]).stdout.trim()).toBe(before);
    expect(files(deploy)).toEqual(Object.keys(readTree(tree)).sort());
    expect(files(deploy)).not.toContain(gone);
    expect(git(deploy, ["diff", "--name-status", "deploy~1", "deploy"]).stdout.trim().split("\n").sort()).toEqual(
      [`D\t${gone}`, `M\t${changed}`].sort(),
    );
  });

  test("refuses to run without a rendered tree", () => {
    const result = sync(server.url("deploy"), { HOMELAB_DEPLOY_TREE: path.join(work, "missing") });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/has no index\.json — run npm run synth first/);
  });

  describe("push guard", () => {
    let clone: string;
    const hooks = path.join(work, "hooks");
    const guarded = (args: string[], allow = server.url("deploy")) =>
      git(clone, ["-c", `core.hooksPath=${hooks}`, ...args], {
        HOMELAB_PUSH_GUARD_ALLOW: allow,
        HOMELAB_MODEL_DIR: modelDir,
      });
    const publicRefs = () => git(path.join(path.dirname(deploy), "public.git"), ["for-each-ref"]).stdout;

    beforeAll(() => {
      fs.mkdirSync(hooks, { recursive: true });
      fs.symlinkSync(path.join(REPO_ROOT, "scripts/push-guard.sh"), path.join(hooks, "pre-push"));
      clone = path.join(work, "clone");
      expect(git(work, ["clone", "-q", "--branch", "deploy", server.url("deploy"), clone]).status).toBe(0);
      git(clone, ["remote", "add", "public", server.url("public")]);
      git(clone, ["config", "user.name", "t"]);
      git(clone, ["config", "user.email", "t@t.invalid"]);
    });

    test("refuses to push the deploy branch, which holds site data, to another remote", () => {
      const result = guarded(["push", "public", "deploy"]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(
        /push-guard: refs\/heads\/deploy: commit [0-9a-f]{12} adds site data in clusters\//,
      );
      expect(result.stderr).toMatch(/refusing to push site data .* to public/);
      expect(publicRefs()).toBe("");
    });

    test("looks at the refs actually pushed: a clean branch goes, while another branch holds site data", () => {
      expect(git(clone, ["checkout", "-q", "--orphan", "clean"]).status).toBe(0);
      git(clone, ["rm", "-rq", "--cached", "."]);
      fs.rmSync(path.join(clone, "clusters"), { recursive: true, force: true });
      fs.writeFileSync(path.join(clone, "README"), "nothing of the site here\n");
      git(clone, ["add", "README"]);
      git(clone, ["commit", "-qm", "clean"]);
      const result = guarded(["push", "public", "clean"]);
      expect(result.stderr).not.toContain("refusing");
      expect(result.status).toBe(0);
      expect(publicRefs()).toContain("refs/heads/clean");
    });

    test("finds site data in an earlier commit of the pushed range, and in a commit message", () => {
      fs.writeFileSync(path.join(clone, "notes"), `admin@${DOMAIN}\n`);
      git(clone, ["add", "notes"]);
      git(clone, ["commit", "-qm", "add notes"]);
      git(clone, ["rm", "-q", "notes"]);
      git(clone, ["commit", "-qm", `drop notes of lab.${DOMAIN}`]);
      const result = guarded(["push", "public", "clean"]);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/commit [0-9a-f]{12} adds site data in notes/);
      expect(result.stderr).toMatch(/commit [0-9a-f]{12}'s message contains site data/);
      // The remote still has the clean commit only.
      expect(log(path.join(path.dirname(deploy), "public.git"), "clean")).toEqual(["clean"]);
    });

    test("lets site data go to the deploy repository", () => {
      const result = guarded(["push", "origin", "clean:refs/heads/scratch"]);
      expect(result.status).toBe(0);
      expect(log(deploy, "scratch")[0]).toBe(`drop notes of lab.${DOMAIN}`);
    });

    test("with no allowed remote at all, refuses everywhere", () => {
      fs.writeFileSync(path.join(clone, "more"), `10.0.0.1 gitlab.support.lab.${DOMAIN}\n`);
      git(clone, ["add", "more"]);
      git(clone, ["commit", "-qm", "more"]);
      const result = guarded(["push", "origin", "clean:refs/heads/scratch2"], "");
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("refusing to push site data");
    });
  });
});

describe("deploy sync over SSH with the pinned host key", () => {
  let server: SshGitServer;
  let deploy: string;
  beforeAll(async () => {
    server = await startSshGitServer();
    deploy = server.addRepository("deploy");
    writeTree({ "index.json": '{"clusters":[]}\n', "clusters/kcs/a.yaml": `host: auth.kcs.lab.${DOMAIN}\n` });
  });
  afterAll(() => server.stop());

  test("refuses a server whose host key is not the pinned one", () => {
    const other = execFileSync(
      "bash",
      ["-c", "d=$(mktemp -d); ssh-keygen -q -t ed25519 -N '' -f $d/k; cut -d' ' -f1,2 $d/k.pub; rm -rf $d"],
      {
        encoding: "utf8",
      },
    ).trim();
    const hostPart = server.knownHosts.split(" ")[0];
    const result = sync(server.url("deploy"), {
      HOMELAB_DEPLOY_KNOWN_HOSTS: `${hostPart} ${other}`,
      HOMELAB_DEPLOY_SSH_KEY: server.clientKey,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed|cannot read/);
    expect(log(deploy)).toEqual([]);
  });

  test("refuses to run without a pinned host key", () => {
    const result = sync(server.url("deploy"), {
      HOMELAB_DEPLOY_SSH_KEY: server.clientKey,
      HOMELAB_DEPLOY_KNOWN_HOSTS: "",
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("HOMELAB_DEPLOY_KNOWN_HOSTS is empty");
  });

  test("pushes with the key from the environment, and makes no commit the second time", () => {
    const env = { HOMELAB_DEPLOY_KNOWN_HOSTS: server.knownHosts, HOMELAB_DEPLOY_SSH_KEY: server.clientKey };
    const first = sync(server.url("deploy"), env);
    expect(first.stderr).toMatch(/pushed [0-9a-f]{12}/);
    expect(first.status).toBe(0);
    expect(files(deploy)).toEqual(["clusters/kcs/a.yaml", "index.json"]);
    const second = sync(server.url("deploy"), env);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain("is up to date");
    expect(log(deploy)).toHaveLength(1);
    // The key never reached a file of the clone's configuration or the log.
    expect(first.stderr + second.stderr).not.toContain("PRIVATE KEY");
  });
});
