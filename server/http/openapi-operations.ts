import "server-only";
import { z } from "zod";
import { type ZodOpenApiOperationObject } from "zod-openapi";
import { errorResponse } from "@/server/schemas/api-responses";
import { LOCALES } from "@/server/i18n/locales";

// Building blocks of the OpenAPI document's operations.

export const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
export const csv = (description: string) => ({ description, content: { "text/csv": { schema: z.string() } } });
export const badRequest = json(errorResponse, "The query is malformed or names something unknown; `error` says what.");

type Ok = { description: string; content: Record<string, { schema: z.ZodType }> };

/** Every read's `lang`: the language of the names and stored texts in its answer (server/i18n/localize.ts). */
const lang = z.enum(LOCALES).optional().meta({
  description:
    "The language of the answer's words (the six UN languages; default en): governments' names, topics', events' and blocs' texts where translated (each says its `lang`), and a coded summary's `translation`. Codes, slugs, stance values and filter values never change; the answer's Content-Language says which it is.",
});

/** A GET with an optional query; a 400 whenever it takes one, and a 404 where a path names something. */
export function read(
  summary: string,
  ok: Ok,
  query?: z.ZodObject,
  path?: { params: z.ZodObject; notFound: string },
): ZodOpenApiOperationObject {
  return {
    summary,
    requestParams: { query: (query ?? z.object({})).extend({ lang }), ...(path && { path: path.params }) },
    responses: {
      "200": ok,
      "400": badRequest,
      ...(path && { "404": json(errorResponse, path.notFound) }),
    },
  };
}
