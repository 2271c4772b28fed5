import "server-only";
import { type z } from "zod";
import { type Database } from "@/db/client";
import { db } from "@/db/server-db";
import { parseQuery } from "./query";
import { publicJson } from "./responses";

/** A GET handler for the public read API: validate the query, load, answer as cacheable JSON. */
export function readRoute<S extends z.ZodType>(
  schema: S,
  load: (db: Database, query: z.infer<S>) => Promise<unknown>,
  maxAge: number,
) {
  return async (request: Request): Promise<Response> => {
    const query = parseQuery(schema, request.url);
    if (!query.ok) return query.response;
    return publicJson(await load(db(), query.data), { maxAge });
  };
}
