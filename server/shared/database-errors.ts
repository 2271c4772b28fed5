// Errors that mean "the database is not answering" (down, unreachable, frozen, restarting), as
// opposed to a bad query: they are a 503 to the caller, never a 500 and never "no session".

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), shutting down, starting up, too many connections.
const UNAVAILABLE_STATES = /^(08...|57P01|57P02|57P03|53300)$/;
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Query read timeout|Connection terminated|Client has encountered a connection error|the database is not answering/i;

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
  constructor(cause?: unknown) {
    super("The database is not answering. Nothing was changed; try again in a moment.", { cause });
  }
}

// A statement the database cancelled: it waited too long for a lock (55P03, lock_timeout) or ran too
// long (57014, statement_timeout; db/client.ts sets both just below the app's own timeout). The database
// is answering and the statement changed nothing: "busy", not an outage.
const BUSY_STATES = new Set(["55P03", "57014"]);

export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
  constructor(cause?: unknown) {
    super("The database is busy. Nothing was changed; try again in a moment.", { cause });
  }
}

/** Whether this error, or one it wraps, is a statement the database cancelled for waiting or running too long. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof DatabaseBusyError) return true;
    const { code } = current as Error & { code?: unknown };
    if (typeof code === "string" && BUSY_STATES.has(code)) return true;
  }
  return false;
}

/** Whether this error, or one it wraps (drizzle wraps the driver's), says the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    const { code, syscall } = current as Error & { code?: unknown; syscall?: unknown };
    if (typeof code === "string" && UNAVAILABLE_STATES.test(code)) return true;
    // A socket the driver opened failed (Node names the call: connect, read, getaddrinfo…). A reader who
    // closes a page mid-request gives Node's own ECONNRESET ("aborted"), with no call named: not an outage.
    if (typeof code === "string" && NETWORK_CODES.has(code) && typeof syscall === "string") return true;
    if (UNAVAILABLE_MESSAGES.test(current.message)) return true;
  }
  return false;
}
