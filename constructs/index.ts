export * from "./state-backend";
export * from "./vault-cluster";
export * from "./vault-root";
