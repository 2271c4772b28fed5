import { STANCE_LABEL } from "@/db/enums";
import { StanceChart } from "@/app/_charts/stance-chart";
import { describeCounts, withPosition } from "@/server/shared/bloc-cohesion";
import { type TopicFigure } from "@/server/services/topic-figure";
import Image from "next/image";
import { type FigureKind } from "@/server/schemas/figures";
import { MAP_HEIGHT, MAP_WIDTH } from "./world-shapes";

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
  const summary = `As of ${figure.asOf}, ${withPosition(figure.counts)} of ${figure.governments.length} governments have a recorded position: ${describeCounts(figure.counts, (s) => STANCE_LABEL[s])}.`;
  if (kind === "chart")
    return (
      <StanceChart columns={figure.columns} topicTitle={figure.topic.title} events={figure.events} newTab={newTab} />
    );
  return (
    <figure className="space-y-2">
      {/* The outlines are a file of their own (app/figures/): a page does not carry them twice, in its markup and in React's payload. */}
      <Image
        src={`/figures/topics/${figure.topic.slug}/${figure.at}/map.svg`}
        alt={`World map: ${figure.topic.title}, as of ${figure.asOf}. ${summary}`}
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        unoptimized
        className="h-auto w-full rounded-lg border border-slate-200 bg-sky-50"
      />
      <figcaption className="text-sm text-slate-600">
        {summary} Hatched: not a UN member or observer state; very small states are too small to draw.
      </figcaption>
    </figure>
  );
}
