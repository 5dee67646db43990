/** Fast tier: unit, construct, validation and snapshot tests. No network, no servers. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)s$": ["@swc/jest", { jsc: { target: "es2022" } }] },
  // The Kubernetes model packages and two of their dependencies ship only ES modules.
  transformIgnorePatterns: ["/node_modules/(?!(kubernetes-models|@kubernetes-models|is-cidr|cidr-regex)/)"],
  resolver: "<rootDir>/testing/jest-resolver.js",
  setupFilesAfterEnv: ["<rootDir>/testing/setup.js"],
};
