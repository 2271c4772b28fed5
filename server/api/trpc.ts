import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { type Database } from "@/db/client";
import { type Role } from "@/db/enums";
import { requireRecentSignIn, requireRole } from "@/server/auth/access";
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/server/shared/errors";
import { RateLimitedError } from "@/server/services/rate-limits";
import { CONTROL_CHARACTERS_REFUSED, hasControlCharacters } from "@/server/shared/control-characters";
import { NESTED_TOO_DEEPLY, nestedTooDeeply } from "@/server/shared/input-depth";
import { noteDatabaseError } from "@/server/health/database-status";
import {
  DatabaseBusyError,
  DatabaseUnavailableError,
  isDatabaseBusy,
  isDatabaseUnavailable,
} from "@/server/shared/database-errors";
import { errorShape } from "./error-shape";

// tRPC's one initialisation: the context every procedure sees, the error shape, and the
// procedure tiers: public, contributor, moderator, admin. Every mutation uses a role tier.

/**
 * `userId` is the session's account id (or null); the tiers re-read its role and ban from the database.
 * `signedInAt` is when the session signed in (ms), for changes that need a recent sign-in.
 */
export type TRPCContext = { db: Database; headers: Headers; userId: string | null; signedInAt: number | null };

/** The context without a request, for server components and tests (createCaller). */
export function createInnerContext(opts: {
  db: Database;
  headers?: Headers;
  userId?: string | null;
  signedInAt?: number | null;
}): TRPCContext {
  return {
    db: opts.db,
    headers: opts.headers ?? new Headers(),
    userId: opts.userId ?? null,
    signedInAt: opts.signedInAt ?? null,
  };
}

/** The context of a request made in a session (or none). */
export function sessionContext(
  db: Database,
  headers: Headers,
  session: { user?: { id: string; signedInAt: number } } | null,
): TRPCContext {
  return createInnerContext({
    db,
    headers,
    userId: session?.user?.id ?? null,
    signedInAt: session?.user?.signedInAt ?? null,
  });
}

const t = initTRPC.context<TRPCContext>().create({ errorFormatter: (opts) => errorShape(opts) });

// Inputs nested absurdly deep (first: the walk for control characters recurses) or carrying
// control characters are refused before any procedure reads them.
const refuseControlCharacters = t.middleware(async ({ getRawInput, next }) => {
  const raw = await getRawInput();
  if (nestedTooDeeply(raw)) throw new TRPCError({ code: "BAD_REQUEST", message: NESTED_TOO_DEEPLY });
  if (hasControlCharacters(raw)) throw new TRPCError({ code: "BAD_REQUEST", message: CONTROL_CHARACTERS_REFUSED });
  return next();
});

// Services throw domain errors; every procedure answers them with the matching tRPC code.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isDatabaseUnavailable(cause)) {
    noteDatabaseError(cause);
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: new DatabaseUnavailableError().message, cause });
  }
  if (isDatabaseBusy(cause)) {
    noteDatabaseError(cause); // marks this request only: a lock wait is not an outage
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: new DatabaseBusyError().message, cause });
  }
  const code = codeFor(cause);
  if (code) throw new TRPCError({ code, message: cause?.message, cause });
  return result;
});

function codeFor(cause: unknown): TRPCError["code"] | null {
  if (cause instanceof BadInputError) return "BAD_REQUEST";
  if (cause instanceof NotFoundError) return "NOT_FOUND";
  if (cause instanceof ConflictError) return "CONFLICT";
  if (cause instanceof UnauthorizedError) return "UNAUTHORIZED";
  if (cause instanceof ForbiddenError) return "FORBIDDEN";
  if (cause instanceof RateLimitedError) return "TOO_MANY_REQUESTS";
  return null;
}

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(refuseControlCharacters).use(domainErrors);

/** A procedure for signed-in, unbanned accounts of at least this role; `ctx.actor` is the account as it is now. */
function roleProcedure(least: Role) {
  return publicProcedure.use(async ({ ctx, next }) =>
    next({ ctx: { actor: await requireRole(ctx.db, ctx.userId, least) } }),
  );
}

export const contributorProcedure = roleProcedure("contributor");
export const moderatorProcedure = roleProcedure("moderator");
export const adminProcedure = roleProcedure("admin");

/** An admin's change to another account's powers or sign-in (roles, second factors): only soon after signing in. */
export const recentAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  requireRecentSignIn(ctx.signedInAt);
  return next();
});
