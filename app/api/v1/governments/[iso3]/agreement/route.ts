import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { inLanguage, jsonError, preflight, publicJson } from "@/server/http/responses";
import { localize } from "@/server/i18n/localize";
import { iso3Schema } from "@/server/schemas/common";
import { emptyQuerySchema } from "@/server/schemas/reference";

export async function GET(request: Request, { params }: RouteContext<"/api/v1/governments/[iso3]/agreement">) {
  const iso3 = iso3Schema.safeParse((await params).iso3);
  if (!iso3.success) return jsonError(400, `iso3: ${iso3.error.issues[0]?.message ?? "is not valid."}`);
  const query = parseQuery(emptyQuerySchema, request.url);
  if (!query.ok) return query.response;
  const { locale } = query;
  return answerErrors(async () =>
    inLanguage(publicJson(localize(locale, await publicReads.agreement(db(), iso3.data)), { maxAge: 60 }), locale),
  );
}

export const OPTIONS = preflight;
