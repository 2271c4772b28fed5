import pino, { type DestinationStream, type Logger } from "pino";
import { readEnv } from "./env";
import { currentRequestId } from "./shared/request-context";

// The server's structured log: one JSON object per line on standard output, for whatever
// collects the logs of every instance, each line with the id of the request it belongs to. Secrets never reach it: fields that could hold one are
// removed whatever an entry carries.

export const REDACTED_FIELDS = [
  "password",
  "currentPassword",
  "newPassword",
  "code",
  "secret",
  "token",
  "*.password",
  "*.code",
  "*.secret",
  "*.token",
];

export function createLogger(destination?: DestinationStream, level: string = readEnv().LOG_LEVEL): Logger {
  const options = {
    base: { service: "stance-atlas" },
    redact: { paths: REDACTED_FIELDS, remove: true },
    level,
    // Every line written while a request is answered carries its id (X-Request-Id on the answer).
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const log = createLogger();
