import { db } from "@/db/server-db";
import { cardLanguage } from "@/app/_charts/cards/card-language";
import { topicChartPng, topicMapPng } from "@/app/_charts/topic-pictures";
import { TopicFigureFile } from "@/app/_charts/topic-figure-file";
import { publicReads } from "@/server/cache/public-reads";
import { DEFAULT_LOCALE } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { svgFile } from "@/server/http/figure-responses";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { inLanguage, jsonError, preflight } from "@/server/http/responses";
import { svgMarkup } from "@/server/http/svg-markup";
import { slugSchema } from "@/server/schemas/common";
import { FIGURE_FILES, figureFileSchema, figureQuerySchema } from "@/server/schemas/figures";
import { todayUtc } from "@/server/shared/dates";

// A topic's map or chart as of a date, as an SVG file or a 1200×630 PNG, in the language `lang=` asks for: the
// Download buttons' files (a PNG is drawn once per distinct picture and kept until the topic or the events change:
// figure-responses.ts).

export async function GET(request: Request, { params }: RouteContext<"/api/v1/topics/[slug]/[file]">) {
  const { slug: rawSlug, file: rawFile } = await params;
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return jsonError(400, `slug: ${slug.error.issues[0]?.message ?? "is not valid."}`);
  const file = figureFileSchema.safeParse(rawFile);
  if (!file.success)
    return jsonError(404, `No such file: ${rawFile} (the files are map.svg, map.png, chart.svg and chart.png).`);
  const query = parseQuery(figureQuerySchema, request.url);
  if (!query.ok) return query.response;
  const { locale } = query;
  return answerErrors(async () => {
    const stored = await publicReads.topicFigure(db(), { slug: slug.data, at: query.data.at ?? todayUtc() });
    const [figure, lang] = [localize(locale, stored), await cardLanguage(locale)];
    const { kind, format } = FIGURE_FILES[file.data];
    const suffix = locale === DEFAULT_LOCALE ? "" : `-${locale}`;
    const filename = `stance-atlas-${figure.topic.slug}-${kind}-${figure.at}${suffix}.${format}`;
    const origin = new URL(request.url).origin;
    const answer =
      format === "svg"
        ? svgFile(
            await svgMarkup(<TopicFigureFile lang={lang} figure={figure} kind={kind} origin={origin} />),
            filename,
            60,
          )
        : await (kind === "chart" ? topicChartPng : topicMapPng)(figure, lang, { filename, maxAge: 60 });
    return inLanguage(answer, locale);
  });
}

export const OPTIONS = preflight;
