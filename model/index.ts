export * from "./issues";
export * from "./load";
export * from "./types";
export * from "./literal";
