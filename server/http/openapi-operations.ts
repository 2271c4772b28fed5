import "server-only";
import { z } from "zod";
import { type ZodOpenApiOperationObject } from "zod-openapi";
import { errorResponse } from "@/server/schemas/api-responses";

// Building blocks of the OpenAPI document's operations.

export const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
export const csv = (description: string) => ({ description, content: { "text/csv": { schema: z.string() } } });
export const badRequest = json(errorResponse, "The query is malformed or names something unknown; `error` says what.");

type Ok = { description: string; content: Record<string, { schema: z.ZodType }> };

/** A GET with an optional query; a 400 whenever it takes one, and a 404 where a path names something. */
export function read(
  summary: string,
  ok: Ok,
  query?: z.ZodObject,
  path?: { params: z.ZodObject; notFound: string },
): ZodOpenApiOperationObject {
  return {
    summary,
    ...((query || path) && { requestParams: { ...(query && { query }), ...(path && { path: path.params }) } }),
    responses: {
      "200": ok,
      ...((query || path) && { "400": badRequest }),
      ...(path && { "404": json(errorResponse, path.notFound) }),
    },
  };
}
