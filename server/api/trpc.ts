import "server-only";
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import { type Database } from "@/db/client";
import { BadInputError, ConflictError, NotFoundError } from "@/server/services/errors";

// tRPC's one initialisation: the context every procedure sees, the error shape, and the
// procedure tiers. Role tiers (contributor, moderator, admin) are added with accounts.

export type TRPCContext = { db: Database; headers: Headers };

/** The context without a request, for server components and tests (createCaller). */
export function createInnerContext(opts: { db: Database; headers?: Headers }): TRPCContext {
  return { db: opts.db, headers: opts.headers ?? new Headers() };
}

const t = initTRPC.context<TRPCContext>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        fieldErrors: error.cause instanceof ZodError ? z.flattenError(error.cause).fieldErrors : null,
      },
    };
  },
});

// Services throw domain errors; every procedure answers them with the matching tRPC code.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  const code =
    cause instanceof BadInputError ? "BAD_REQUEST" : cause instanceof NotFoundError ? "NOT_FOUND" : cause instanceof ConflictError ? "CONFLICT" : null;
  if (code) throw new TRPCError({ code, message: cause?.message, cause });
  return result;
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);
