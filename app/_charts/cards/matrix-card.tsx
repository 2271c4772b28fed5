import { type Matrix } from "@/server/services/matrix";
import { countStances } from "@/server/shared/bloc-cohesion";
import { CardFrame, shorten, StackedBar } from "./card-frame";

// A matrix view's preview image: per topic shown, how the governments in the view stand.

const MAX_TOPICS = 8;

type Props = {
  matrix: Matrix;
  titles: Map<string, string>;
  asOf: string;
  scope: string;
  /** Topics in the view's order (else the most held first). */ ordered: boolean;
};

export function MatrixCard({ matrix, titles, asOf, scope, ordered }: Props) {
  const held = (slug: string) => matrix.rows.filter((row) => row.cells[slug]).length;
  const topics = (ordered ? matrix.topics : [...matrix.topics].sort((a, b) => held(b) - held(a))).slice(0, MAX_TOPICS);
  const more = matrix.topics.length - topics.length;
  return (
    <CardFrame
      title="Comparison matrix"
      subtitle={`${matrix.rows.length} ${scope}, as of ${asOf}${more > 0 ? ` · ${topics.length} of ${matrix.topics.length} topics` : ""}`}
    >
      <div style={{ display: "flex", flexDirection: "column", width: "100%", justifyContent: "space-around" }}>
        {topics.map((slug) => {
          const counts = countStances(matrix.rows.map((row) => row.cells[slug]?.stance));
          const onRecord = held(slug);
          return (
            <div key={slug} style={{ display: "flex", alignItems: "center", fontSize: 17 }}>
              <span style={{ width: 430, color: "#334155" }}>{shorten(titles.get(slug) ?? slug, 44)}</span>
              <div style={{ display: "flex", flex: 1 }}>
                <StackedBar counts={counts} none={matrix.rows.length - onRecord} height={22} />
              </div>
              <span style={{ width: 120, marginLeft: 12, color: "#475569" }}>{onRecord} on record</span>
            </div>
          );
        })}
      </div>
    </CardFrame>
  );
}
