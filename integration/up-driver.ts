/**
 * `up` on the fixture (integration/up-fixture.ts) in a process of its own,
 * so that the slow test can kill it in the middle of an apply, as a power
 * cut or `kill -9` would:
 *
 *   HOMELAB_UP_FIXTURE='{"work":…}' HOMELAB_TOFU=… [HOMELAB_UP_WAIT=seconds] node scripts/run.js integration/up-driver.ts
 *
 * Its progress goes to stdout, then (when `up` completed) a last line
 * `outcomes: [["stack","status"],…]`, and it exits 0; otherwise its error goes
 * to stderr and it exits 1.
 */
import { up } from "../cli/up";
import { fixtureUp, fixtureVm, UpFixture } from "./up-fixture";

const fixture = JSON.parse(process.env.HOMELAB_UP_FIXTURE ?? "") as UpFixture;
// The fixture holds the Keycloak admin's login: it goes no further than this process.
const { HOMELAB_UP_FIXTURE: _fixture, HOMELAB_UP_WAIT: wait, ...env } = process.env;
up(
  fixtureUp(fixture, {
    remote: fixtureVm(fixture),
    env,
    tofu: process.env.HOMELAB_TOFU ?? "tofu",
    waitSeconds: Number(wait ?? 60),
    write: (t) => void process.stdout.write(t),
  }),
).then(
  (outcomes) => {
    process.stdout.write(`outcomes: ${JSON.stringify(outcomes.map((o) => [o.stack, o.status]))}\n`);
    process.exit(0);
  },
  (e: Error) => {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  },
);
