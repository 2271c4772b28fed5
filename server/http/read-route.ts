import "server-only";
import { type z } from "zod";
import { type Database } from "@/db/client";
import { db } from "@/db/server-db";
import { INTERNAL_ERROR_MESSAGE } from "@/server/api/error-shape";
import { noteDatabaseError } from "@/server/health/database-status";
import { log } from "@/server/log";
import { BadInputError, NotFoundError } from "@/server/shared/errors";
import {
  DatabaseBusyError,
  DatabaseUnavailableError,
  isDatabaseBusy,
  isDatabaseUnavailable,
} from "@/server/shared/database-errors";
import { requestIdOrNew } from "@/server/shared/request-context";
import { localize } from "@/server/i18n/localize";
import { parseQuery } from "./query";
import { inLanguage, jsonError, publicJson } from "./responses";

type Respond<T> = (data: T, maxAge: number) => Response;

/**
 * Turns the errors a service throws for a reader's input into 400/404 answers, an unavailable database
 * (or busy: a statement it cancelled) into a 503, and anything else into a 500 with a request id the log has; always JSON `{error}`.
 */
export async function answerErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BadInputError) return jsonError(400, error.message);
    if (error instanceof NotFoundError) return jsonError(404, error.message);
    if (isDatabaseUnavailable(error)) {
      noteDatabaseError(error);
      return jsonError(503, new DatabaseUnavailableError().message, { "Retry-After": "5" });
    }
    if (isDatabaseBusy(error)) return jsonError(503, new DatabaseBusyError().message, { "Retry-After": "5" });
    const requestId = requestIdOrNew();
    log.error({ requestId, err: error }, "read API failed");
    return jsonError(500, `${INTERNAL_ERROR_MESSAGE} If it happens again, quote ${requestId}.`);
  }
}

/** A GET handler for the public read API: validate the query, load, answer (JSON unless told otherwise) with names in `lang`. */
export function readRoute<S extends z.ZodType, T>(
  schema: S,
  load: (db: Database, query: z.infer<S>) => Promise<T>,
  maxAge: number,
  respond: Respond<T> = (data, age) => publicJson(data, { maxAge: age }),
) {
  return async (request: Request): Promise<Response> => {
    const query = parseQuery(schema, request.url);
    if (!query.ok) return query.response;
    const { data, locale } = query;
    return answerErrors(async () => inLanguage(respond(localize(locale, await load(db(), data)), maxAge), locale));
  };
}
