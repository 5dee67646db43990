/** Slow tier: real OpenTofu, real providers and real servers on 127.0.0.1. Run with `npm run test:slow`. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/integration"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  testTimeout: 15 * 60 * 1000,
  // Tests share the machine's two cores with the servers they start: one file at a time.
  maxWorkers: 1,
  // Fails the run, naming them, when a server outlives it (and kills it).
  globalTeardown: "<rootDir>/integration/leaks.ts",
  // Once the teardown has found and killed every leftover server, nothing may keep the run from
  // ending: a handle still open would otherwise hold CI until its deadline.
  forceExit: true,
};
