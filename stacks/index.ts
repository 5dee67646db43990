export * from "./base";
export * from "./cluster";
export * from "./homelab";
