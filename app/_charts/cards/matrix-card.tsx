import { type Matrix } from "@/server/services/matrix";
import { countStances } from "@/server/shared/bloc-cohesion";
import { Words } from "./card-flow";
import { type CardLanguage } from "./card-language";
import { CardFrame, INNER_WIDTH, PAD, StackedBar } from "./card-frame";

// A matrix view's preview image: per topic shown, how the governments in the view stand.

export const MAX_TOPICS = 8;

type Props = {
  lang: CardLanguage;
  matrix: Matrix;
  titles: Map<string, string>;
  /** Whose rows the view shows: all governments, a bloc's (its name), or those a filter or search leaves. */
  scope: { bloc: string } | "all" | "view";
  /** Topics in the view's order (else the most held first). */ ordered: boolean;
};

const LABEL_WIDTH = 430;
const COUNT_WIDTH = 180;

/** The topics a matrix card shows: the view's first eight, or the eight most held. */
export function cardTopics(matrix: Matrix, ordered: boolean): string[] {
  const held = (slug: string) => matrix.rows.filter((row) => row.cells[slug]).length;
  return (ordered ? matrix.topics : [...matrix.topics].sort((a, b) => held(b) - held(a))).slice(0, MAX_TOPICS);
}

export function MatrixCard({ lang, matrix, titles, scope, ordered }: Props) {
  const { flow, t, day } = lang;
  const topics = cardTopics(matrix, ordered);
  const count = { count: matrix.rows.length, date: day(matrix.at) };
  const view =
    scope === "all"
      ? t("pictures.matrixAll", count)
      : scope === "view"
        ? t("pictures.matrixView", count)
        : t("pictures.matrixBloc", { ...count, bloc: scope.bloc });
  const total = matrix.topics.length;
  const subtitle = topics.length < total ? t("pictures.topicsShown", { view, shown: topics.length, total }) : view;
  const barX = PAD + LABEL_WIDTH;
  const barWidth = INNER_WIDTH - LABEL_WIDTH - COUNT_WIDTH;
  return (
    <CardFrame lang={lang} title={t("matrix.title")} subtitle={subtitle}>
      {({ top, height }) => {
        const step = height / Math.max(topics.length, 1);
        return (
          <g>
            {topics.map((slug, i) => {
              const y = top + i * step + (step - 22) / 2;
              const cells = matrix.rows.map((row) => row.cells[slug]);
              const held = cells.filter(Boolean).length;
              return (
                <g key={slug}>
                  <Words flow={flow} x={PAD} y={y + 17} size={17} width={LABEL_WIDTH - 16} fill="#334155">
                    {titles.get(slug) ?? slug}
                  </Words>
                  <StackedBar
                    flow={flow}
                    x={barX}
                    y={y}
                    width={barWidth}
                    height={22}
                    counts={countStances(cells.map((cell) => cell?.stance))}
                    none={matrix.rows.length - held}
                  />
                  <Words
                    flow={flow}
                    x={barX + barWidth + 12}
                    y={y + 17}
                    size={17}
                    width={COUNT_WIDTH - 12}
                    fill="#475569"
                  >
                    {t("pictures.onRecord", { count: held })}
                  </Words>
                </g>
              );
            })}
          </g>
        );
      }}
    </CardFrame>
  );
}
