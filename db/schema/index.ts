export * from "./enums";
export * from "./governments";
export * from "./topics";
export * from "./events";
export * from "./auth";
export * from "./positions";
export * from "./revisions";
export * from "./audit";
