import "server-only";
import { viewTags } from "@/server/cache/view-tags";
import { type TopicFigure } from "@/server/services/topic-figure";
import { pngCard } from "@/server/http/figure-responses";
import { svgMarkup } from "@/server/http/svg-markup";
import { type CardLanguage } from "./cards/card-language";
import { TopicChartCard, TopicMapCard } from "./cards/topic-cards";
import { TopicMap } from "./topic-map";

/** A topic's world map as of the figure's date, as an SVG file's text (no words: the page puts them around it). */
export const topicMapMarkup = (figure: TopicFigure) =>
  svgMarkup(
    <TopicMap
      governments={figure.governments}
      stances={new Map(figure.stances)}
      contested={new Set(figure.contested)}
      label={`World map: ${figure.topic.title}, as of ${figure.asOf}`}
    />,
  );

type Options = Parameters<typeof pngCard>[2];

/** What a topic's picture shows and what drops it: the topic and the events. */
const topicPicture = (name: string, figure: TopicFigure, lang: CardLanguage) => ({
  name,
  locale: lang.locale,
  of: figure,
  tags: [viewTags.topic(figure.topic.slug), viewTags.events],
});

/** The map as a 1200×630 PNG with its title, date and counts: a preview image, or a download with a file name. */
export const topicMapPng = (figure: TopicFigure, lang: CardLanguage, options: Options = {}) =>
  pngCard(topicPicture("topic-map", figure, lang), () => <TopicMapCard lang={lang} figure={figure} />, options);

/** The chart as a 1200×630 PNG: the counts at each stance at every year-end and event. */
export const topicChartPng = (figure: TopicFigure, lang: CardLanguage, options: Options = {}) =>
  pngCard(topicPicture("topic-chart", figure, lang), () => <TopicChartCard lang={lang} figure={figure} />, options);
