import "server-only";
import { viewTags } from "@/server/cache/view-tags";
import { type TopicFigure } from "@/server/services/topic-figure";
import { pngCard } from "@/server/http/figure-responses";
import { svgDataUrl, svgMarkup } from "@/server/http/svg-markup";
import { TopicMapCard } from "./cards/topic-cards";
import { TopicMap } from "./topic-map";

/** A topic's world map as of the figure's date, as an SVG file's text. */
export const topicMapMarkup = (figure: TopicFigure) =>
  svgMarkup(
    <TopicMap
      governments={figure.governments}
      stances={new Map(figure.stances)}
      contested={new Set(figure.contested)}
      label={`World map: ${figure.topic.title}, as of ${figure.asOf}`}
    />,
  );

/** The map as a 1200×630 PNG with its title, date and counts: a preview image, or a download with a file name. */
export function topicMapPng(figure: TopicFigure, options: Parameters<typeof pngCard>[2] = {}): Promise<Response> {
  const picture = { name: "topic-map", of: figure, tags: [viewTags.topic(figure.topic.slug), viewTags.events] };
  return pngCard(
    picture,
    async () => <TopicMapCard figure={figure} mapUrl={svgDataUrl(await topicMapMarkup(figure))} />,
    options,
  );
}
