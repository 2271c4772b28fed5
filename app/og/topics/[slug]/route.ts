import { db } from "@/db/server-db";
import { topicMapPng } from "@/app/_charts/topic-map-markup";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { topicFigure } from "@/server/services/topic-figure";
import { todayUtc } from "@/server/shared/dates";

// A topic page's preview image: its map as of today (kept in the page cache with the page, dropped with it).

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/og/topics/[slug]">) {
  const { slug } = await params;
  await dependsOn(viewTags.topic(slug), viewTags.events);
  return orNotFoundAnswer(async () => {
    const today = todayUtc();
    const figure = await topicFigure(db(), slug, today, today);
    return topicMapPng(figure);
  });
}
