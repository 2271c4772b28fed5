import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight, publicJson } from "@/server/http/responses";
import { blocQuerySchema, blocSlugSchema } from "@/server/schemas/blocs";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/blocs/[slug]">) {
  const slug = blocSlugSchema.safeParse((await params).slug);
  if (!slug.success) return jsonError(400, `slug: ${slug.error.issues[0]?.message ?? "is not valid."}`);
  const query = parseQuery(blocQuerySchema, request.url);
  if (!query.ok) return query.response;
  return answerErrors(async () =>
    publicJson(await publicReads.bloc(db(), { slug: slug.data, ...query.data }), { maxAge: 60 }),
  );
}

export const OPTIONS = preflight;
