import { STANCE_LABEL } from "@/db/enums";
import { StanceChart } from "@/app/(site)/matrix/stance-chart";
import { describeCounts, withPosition } from "@/server/shared/bloc-cohesion";
import { type TopicFigure } from "@/server/services/topic-figure";
import { TopicMap } from "./topic-map";

export type FigureKind = "map" | "chart";

/** A topic's map (each government's stance as of the date) or chart (counts at each stance over time). */
export function TopicFigureView({ figure, kind, newTab = false }: { figure: TopicFigure; kind: FigureKind; newTab?: boolean }) {
  if (kind === "chart") return <StanceChart columns={figure.columns} topicTitle={figure.topic.title} events={figure.events} newTab={newTab} />;
  return (
    <figure className="space-y-2">
      <TopicMap
        governments={figure.governments}
        stances={new Map(figure.stances)}
        label={`World map: ${figure.topic.title}, as of ${figure.asOf}`}
        className="h-auto w-full rounded-lg border border-slate-200"
      />
      <figcaption className="text-sm text-slate-600">
        As of {figure.asOf}, {withPosition(figure.counts)} of {figure.governments.length} governments have a recorded position: {describeCounts(figure.counts, (s) => STANCE_LABEL[s])}.
        Hatched: not a UN member or observer state; very small states are too small to draw.
      </figcaption>
    </figure>
  );
}
