import { db } from "@/db/server-db";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight, publicJson } from "@/server/http/responses";
import { emptyQuerySchema } from "@/server/schemas/reference";
import { positionIdSchema } from "@/server/schemas/positions";
import { publicReads } from "@/server/cache/public-reads";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = positionIdSchema.safeParse((await params).id);
  if (!id.success) return jsonError(400, `id: ${id.error.issues[0]?.message ?? "is not valid."}`);
  const query = parseQuery(emptyQuerySchema, request.url);
  if (!query.ok) return query.response;
  return answerErrors(async () => publicJson(await publicReads.history(db(), id.data), { maxAge: 60 }));
}

export const OPTIONS = preflight;
