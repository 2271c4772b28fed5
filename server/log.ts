import pino, { type DestinationStream, type Logger } from "pino";

// The server's structured log: one JSON object per line on standard output, for whatever
// collects the logs of every instance. Secrets never reach it: fields that could hold one are
// removed whatever an entry carries.

export const REDACTED_FIELDS = ["password", "currentPassword", "newPassword", "code", "secret", "token", "*.password", "*.code", "*.secret", "*.token"];

export function createLogger(destination?: DestinationStream, level = process.env.LOG_LEVEL ?? "info"): Logger {
  const options = { base: { service: "stance-atlas" }, redact: { paths: REDACTED_FIELDS, remove: true }, level };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();
