import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { FieldError } from "@/server/shared/errors";
import { errorShape, INTERNAL_ERROR_MESSAGE } from "./error-shape";

const shapeOf = (error: TRPCError) => ({
  message: error.message,
  code: TRPC_ERROR_CODES_BY_KEY[error.code],
  data: { code: error.code, httpStatus: getHTTPStatusCodeFromError(error), path: "changes.list", stack: error.stack },
});

describe("what a caller learns from a failed procedure", () => {
  it("for a failure on our side: a generic message and a request id; the log has the detail under the same id", () => {
    const sql = new Error('Failed query: select "id" from "positions" where "topic_slug" = $1 params: \u0000');
    const error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: sql.message, cause: sql });
    const logged: Record<string, unknown>[] = [];
    const shape = errorShape({ shape: shapeOf(error), error, path: "changes.list" }, (entry) => logged.push(entry));
    expect(shape.message).toMatch(
      new RegExp(`^${INTERNAL_ERROR_MESSAGE} If it happens again, quote [0-9a-f-]{36}\\.$`),
    );
    expect(JSON.stringify(shape)).not.toMatch(/select|positions|params|Failed query/);
    expect(shape.data.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged).toEqual([
      expect.objectContaining({ requestId: shape.data.requestId, path: "changes.list", message: sql.message }),
    ]);
  });

  it("for the caller's mistake: what is wrong, field by field", () => {
    const cause = new FieldError("summary", "Write at least 20 characters.");
    const error = new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
    const logged: unknown[] = [];
    const shape = errorShape({ shape: shapeOf(error), error }, (entry) => logged.push(entry));
    expect(shape.data.fieldErrors).toEqual({ summary: ["Write at least 20 characters."] });
    expect(shape.message).toBe("Write at least 20 characters.");
    expect(shape.data.requestId).toBeNull();
    expect(logged).toEqual([]);
  });
});
