export * from "./base";
export * from "./cluster";
