import { db } from "@/db/server-db";
import { TopicChartCard } from "@/app/_charts/cards/topic-cards";
import { topicMapPng } from "@/app/_charts/topic-map-markup";
import { TopicFigureFile } from "@/app/_charts/topic-figure-file";
import { publicReads } from "@/server/cache/public-reads";
import { viewTags } from "@/server/cache/view-tags";
import { pngCard, svgFile } from "@/server/http/figure-responses";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { jsonError, preflight } from "@/server/http/responses";
import { svgMarkup } from "@/server/http/svg-markup";
import { slugSchema } from "@/server/schemas/common";
import { FIGURE_FILES, figureFileSchema, figureQuerySchema } from "@/server/schemas/figures";
import { todayUtc } from "@/server/shared/dates";

// A topic's map or chart as of a date, as an SVG file or a 1200×630 PNG: the Download buttons' files
// (a PNG is drawn once per distinct picture and kept until the topic or the events change: figure-responses.tsx).

export async function GET(request: Request, { params }: RouteContext<"/api/v1/topics/[slug]/[file]">) {
  const { slug: rawSlug, file: rawFile } = await params;
  const slug = slugSchema.safeParse(rawSlug);
  if (!slug.success) return jsonError(400, `slug: ${slug.error.issues[0]?.message ?? "is not valid."}`);
  const file = figureFileSchema.safeParse(rawFile);
  if (!file.success)
    return jsonError(404, `No such file: ${rawFile} (the files are map.svg, map.png, chart.svg and chart.png).`);
  const query = parseQuery(figureQuerySchema, request.url);
  if (!query.ok) return query.response;
  return answerErrors(async () => {
    const figure = await publicReads.topicFigure(db(), { slug: slug.data, at: query.data.at ?? todayUtc() });
    const { kind, format } = FIGURE_FILES[file.data];
    const filename = `stance-atlas-${figure.topic.slug}-${kind}-${figure.at}.${format}`;
    if (format === "svg")
      return svgFile(
        await svgMarkup(<TopicFigureFile figure={figure} kind={kind} origin={new URL(request.url).origin} />),
        filename,
        60,
      );
    if (kind === "chart")
      return pngCard(
        { name: "topic-chart", of: figure, tags: [viewTags.topic(figure.topic.slug), viewTags.events] },
        () => <TopicChartCard figure={figure} />,
        { filename, maxAge: 60 },
      );
    return topicMapPng(figure, { filename, maxAge: 60 });
  });
}

export const OPTIONS = preflight;
