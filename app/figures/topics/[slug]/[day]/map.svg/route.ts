import { db } from "@/db/server-db";
import { topicMapMarkup } from "@/app/_charts/topic-pictures";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { topicFigure } from "@/server/services/topic-figure";
import { isCalendarDate, todayUtc } from "@/server/shared/dates";
import { jsonError } from "@/server/http/responses";

// A topic's world map as of a day, as the picture on its page and in its embed: an SVG file of
// its own (about 140 kB of outlines), so that pages do not carry it in their HTML twice (markup
// and React's payload). Kept in the page cache with the topic's page, dropped with it.

export const dynamic = "force-static";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/figures/topics/[slug]/[day]/map.svg">) {
  const { slug, day } = await params;
  if (!isCalendarDate(day)) return jsonError(404, "No map for that date.");
  await dependsOn(viewTags.topic(slug));
  return orNotFoundAnswer(async () => {
    const figure = await topicFigure(db(), slug, day, todayUtc());
    return new Response(await topicMapMarkup(figure), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
  });
}
