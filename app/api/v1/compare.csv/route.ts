import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { compareAgreementCsv, compareStancesCsv } from "@/server/http/compare-csv";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { inLanguage, preflight, publicCsv } from "@/server/http/responses";
import { localize } from "@/server/i18n/localize";
import { compareCsvQuerySchema } from "@/server/schemas/blocs";

export async function GET(request: Request) {
  const query = parseQuery(compareCsvQuerySchema, request.url);
  if (!query.ok) return query.response;
  const { table = "stances", ...compare } = query.data;
  const { locale } = query;
  return answerErrors(async () => {
    const comparison = localize(locale, await publicReads.compare(db(), compare));
    const name = `stance-atlas-compare-${comparison.governments.map((g) => g.iso3).join("-")}-${comparison.at}${table === "agreement" ? "-agreement" : ""}.csv`;
    const csv = table === "agreement" ? compareAgreementCsv(comparison) : compareStancesCsv(comparison);
    return inLanguage(publicCsv(csv, name, 60), locale);
  });
}

export const OPTIONS = preflight;
