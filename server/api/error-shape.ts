import "server-only";
import { type TRPCDefaultErrorShape, type TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { FieldError } from "@/server/shared/errors";
import { StaleBaseError } from "@/server/services/proposals";
import { log } from "@/server/log";
import { requestIdOrNew } from "@/server/shared/request-context";

// What a caller learns from a failed procedure: for their mistakes, what is wrong and where;
// for ours, only that it happened and an id to quote, which the server's log has beside the detail.

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side, and nothing was changed.";

export type ErrorLog = (entry: Record<string, unknown>) => void;

const logAsJson: ErrorLog = (entry) => log.error(entry, "procedure failed");

export function errorShape(
  { shape, error, path }: { shape: TRPCDefaultErrorShape; error: TRPCError; path?: string },
  writeLog: ErrorLog = logAsJson,
) {
  const internal = error.code === "INTERNAL_SERVER_ERROR";
  const requestId = internal ? requestIdOrNew() : null;
  const cause = error.cause;
  if (internal) writeLog({ requestId, path, message: (cause ?? error).message, stack: (cause ?? error).stack });
  const fieldErrors: Record<string, string[] | undefined> | null =
    cause instanceof ZodError
      ? z.flattenError(cause).fieldErrors
      : cause instanceof FieldError
        ? { [cause.field]: [cause.message] }
        : null;
  return {
    ...shape,
    message: internal ? `${INTERNAL_ERROR_MESSAGE} If it happens again, quote ${requestId}.` : shape.message,
    data: {
      ...shape.data,
      // A stack trace is the server's business, even in development answers.
      stack: undefined,
      requestId,
      fieldErrors: internal ? null : fieldErrors,
      // An edit whose base went stale: what the position says now, so the form can show the difference.
      conflict:
        !internal && cause instanceof StaleBaseError
          ? { currentRevisionId: cause.currentRevisionId, current: cause.current }
          : null,
    },
  };
}
