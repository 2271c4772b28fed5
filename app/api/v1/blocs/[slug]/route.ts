import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { inLanguage, jsonError, preflight, publicJson } from "@/server/http/responses";
import { localize } from "@/server/i18n/localize";
import { blocQuerySchema, blocSlugSchema } from "@/server/schemas/blocs";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/blocs/[slug]">) {
  const slug = blocSlugSchema.safeParse((await params).slug);
  if (!slug.success) return jsonError(400, `slug: ${slug.error.issues[0]?.message ?? "is not valid."}`);
  const query = parseQuery(blocQuerySchema, request.url);
  if (!query.ok) return query.response;
  const { data, locale } = query;
  return answerErrors(async () =>
    inLanguage(
      publicJson(localize(locale, await publicReads.bloc(db(), { slug: slug.data, ...data })), { maxAge: 60 }),
      locale,
    ),
  );
}

export const OPTIONS = preflight;
