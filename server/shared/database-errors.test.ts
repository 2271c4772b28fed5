import { describe, expect, it } from "vitest";
import { DatabaseBusyError, DatabaseUnavailableError, isDatabaseBusy, isDatabaseUnavailable } from "./database-errors";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
/** An error of a socket call, as Node's net module makes it. */
const socketError = (message: string, code: string, syscall: string) =>
  Object.assign(new Error(message), { code, syscall });

describe("telling an unavailable database from a bad query", () => {
  it.each([
    ["a refused connection", socketError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED", "connect")],
    ["a pool that could not connect in time", new Error("timeout exceeded when trying to connect")],
    ["a query the server never answered", new Error("Query read timeout")],
    ["a connection cut", new Error("Connection terminated unexpectedly")],
    ["the server shutting down", withCode("terminating connection due to administrator command", "57P01")],
    ["too many connections", withCode("sorry, too many clients already", "53300")],
    [
      "any of those wrapped by drizzle",
      new Error("Failed query: select 1", { cause: socketError("read ECONNRESET", "ECONNRESET", "read") }),
    ],
    ["our own", new DatabaseUnavailableError()],
  ])("%s is unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a syntax error", withCode('syntax error at or near "selec"', "42601")],
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["a bug of ours", new TypeError("Cannot read properties of undefined")],
    ["not an error at all", "timeout exceeded when trying to connect"],
    // Seen in an end-to-end run: a page closed mid-render marked the whole server down for two seconds.
    ["a reader who closed the page mid-request (Node's own reset)", withCode("aborted", "ECONNRESET")],
  ])("%s is not", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe("telling a busy database (a statement it cancelled) from an outage", () => {
  it.each([
    [
      "a lock wait past lock_timeout",
      new Error("Failed query: insert …", { cause: withCode("canceling statement due to lock timeout", "55P03") }),
    ],
    ["a statement past statement_timeout", withCode("canceling statement due to statement timeout", "57014")],
    ["our own", new DatabaseBusyError()],
  ])("%s is busy, not unavailable", (_, error) => {
    expect(isDatabaseBusy(error)).toBe(true);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.each([
    ["a refused connection", socketError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED", "connect")],
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
  ])("%s is not busy", (_, error) => {
    expect(isDatabaseBusy(error)).toBe(false);
  });
});
