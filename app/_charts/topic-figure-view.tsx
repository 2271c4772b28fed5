import { useLocale, useTranslations } from "next-intl";
import { STANCES } from "@/db/enums";
import { StanceChart } from "@/app/_charts/stance-chart";
import { useDates } from "@/app/_components/use-dates";
import { withPosition } from "@/server/shared/bloc-cohesion";
import { type TopicFigure } from "@/server/services/topic-figure";
import Image from "next/image";
import { type FigureKind } from "@/server/schemas/figures";
import { MAP_HEIGHT, MAP_WIDTH } from "./world-shapes";

/** How many governments hold each stance, in words: "15 multistakeholder, 2 mixed" (leaving out the stances nobody holds). */
function useCountsInWords() {
  const t = useTranslations("charts.map");
  const tStance = useTranslations("stance");
  const locale = useLocale();
  return (counts: TopicFigure["counts"]) => {
    const parts = STANCES.filter((s) => counts[s] > 0).map((s) =>
      t("count", { count: counts[s], stance: tStance(s).toLocaleLowerCase(locale) }),
    );
    return parts.length ? parts.reduce((list, next) => t("countsList", { list, next })) : t("noCounts");
  };
}

/** A topic's map (each government's stance as of the date) or chart (counts at each stance over time). */
export function TopicFigureView({
  figure,
  kind,
  newTab = false,
}: {
  figure: TopicFigure;
  kind: FigureKind;
  newTab?: boolean;
}) {
  const t = useTranslations("charts.map");
  const { day } = useDates();
  const countsInWords = useCountsInWords();
  if (kind === "chart")
    return (
      <StanceChart columns={figure.columns} topicTitle={figure.topic.title} events={figure.events} newTab={newTab} />
    );
  const date = day(figure.at);
  const summary = t("summary", {
    date,
    count: withPosition(figure.counts),
    total: figure.governments.length,
    counts: countsInWords(figure.counts),
  });
  return (
    <figure className="space-y-2">
      {/* The outlines are a file of their own (app/figures/): a page does not carry them twice, in its markup and in React's payload. */}
      <Image
        src={`/figures/topics/${figure.topic.slug}/${figure.at}/map.svg`}
        alt={t("alt", { topic: figure.topic.title, date, summary })}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        unoptimized
        className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
      />
      <figcaption className="text-sm text-slate-600">{t("caption", { summary })}</figcaption>
    </figure>
  );
}
