import "server-only";
import { type Database } from "@/db/client";
import { db } from "@/db/server-db";
import { positionIdSchema } from "@/server/schemas/positions";
import { emptyQuerySchema } from "@/server/schemas/reference";
import { parseQuery } from "./query";
import { localize } from "@/server/i18n/localize";
import { answerErrors } from "./read-route";
import { inLanguage, jsonError, publicJson } from "./responses";

/** A GET handler for `/api/v1/positions/{id}/…`: the id checked (400), no query, the load's answer as JSON. */
export function positionReadRoute<T>(load: (db: Database, id: number) => Promise<T>) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    const id = positionIdSchema.safeParse((await params).id);
    if (!id.success) return jsonError(400, `id: ${id.error.issues[0]?.message ?? "is not valid."}`);
    const query = parseQuery(emptyQuerySchema, request.url);
    if (!query.ok) return query.response;
    const { locale } = query;
    return answerErrors(async () =>
      inLanguage(publicJson(localize(locale, await load(db(), id.data)), { maxAge: 60 }), locale),
    );
  };
}
