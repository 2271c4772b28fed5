import "server-only";
import { type Database } from "@/db/client";
import { requireRole } from "@/server/auth/access";
import { IMPORT_MAX_BYTES } from "@/server/schemas/import-row";
import { noteDatabaseError } from "@/server/health/database-status";
import { ForbiddenError, UnauthorizedError } from "@/server/shared/errors";
import { DatabaseUnavailableError, isDatabaseUnavailable } from "@/server/shared/database-errors";
import { withinBodyLimit } from "./body-limit";

// Bodies are small (a proposal is a few kB), except an import's CSV file: JSON at most doubles it.
export const TRPC_BODY_MAX = 100 * 1024;
export const IMPORT_BODY_MAX = 2 * IMPORT_MAX_BYTES + 1024 * 1024;

/** `imports.run` called alone: not in a batch, where the body would carry other calls. */
const isLoneImport = (url: URL) => url.pathname === "/api/trpc/imports.run" && !url.searchParams.has("batch");

/** Whether the account may import (imports.run's own tier: an unbanned moderator with a second factor). */
async function mayImport(db: Database, userId: string | null): Promise<boolean> {
  try {
    await requireRole(db, userId, "moderator");
    return true;
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return false;
    throw error;
  }
}

/**
 * A tRPC request with its body read within its limit, or a 413 answer (a 503 if the database cannot
 * say who may import). The large limit is decided before a byte of the body is read: only for the
 * import alone, in a session allowed to import.
 */
export async function withinTrpcBodyLimit(
  request: Request,
  db: Database,
  userId: string | null,
): Promise<Request | Response> {
  let large = false;
  try {
    large = isLoneImport(new URL(request.url)) && (await mayImport(db, userId));
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseError(error);
    return Response.json(
      { error: new DatabaseUnavailableError().message },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } },
    );
  }
  return withinBodyLimit(request, large ? IMPORT_BODY_MAX : TRPC_BODY_MAX);
}
