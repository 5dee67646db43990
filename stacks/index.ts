export * from "./base";
export * from "./cluster";
export * from "./homelab";
export * from "./provider-versions";
export * from "./identity";
export * from "./platform";
