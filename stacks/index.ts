export * from "./base";
export * from "./cluster";
export * from "./homelab";
export * from "./provider-versions";
export * from "./support";
export * from "./identity";
export * from "./platform";
