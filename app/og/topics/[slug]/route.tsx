import { db } from "@/db/server-db";
import { TopicMapCard } from "@/app/_charts/cards/topic-cards";
import { TopicMap } from "@/app/_charts/topic-map";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { pngCard } from "@/server/http/figure-responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { svgDataUrl, svgMarkup } from "@/server/http/svg-markup";
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
    const map = await svgMarkup(<TopicMap governments={figure.governments} stances={new Map(figure.stances)} label={figure.topic.title} />);
    return pngCard(<TopicMapCard figure={figure} mapUrl={svgDataUrl(map)} />);
  });
}
