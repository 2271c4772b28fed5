import { useFormatter, useTranslations } from "next-intl";
import { STANCES, type Stance } from "@/db/enums";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

/** How many of the shown governments hold each stance on a topic, as a bar with its counts. */
export function TopicSummary({
  rows,
  topic,
}: {
  rows: { cells: Record<string, { stance: Stance } | null> }[];
  topic: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const counts = STANCES.map((stance) => ({ stance, n: rows.filter((r) => r.cells[topic]?.stance === stance).length }));
  const none = rows.length - counts.reduce((sum, c) => sum + c.n, 0);
  const label = format.list(
    [
      ...counts
        .filter((c) => c.n)
        .map((c) => t("matrix.summaryStance", { stance: t(`stance.${c.stance}`), count: c.n })),
      t("matrix.summaryNoPosition", { count: none }),
    ],
    { type: "unit" },
  );
  return (
    <div className="space-y-1" aria-label={label} role="img">
      <div className="flex h-2.5 w-full overflow-hidden rounded-sm bg-slate-100">
        {counts.map((c) =>
          c.n ? (
            <span
              key={c.stance}
              style={{
                width: `${(100 * c.n) / Math.max(1, rows.length)}%`,
                backgroundColor: STANCE_STYLE[c.stance].background,
              }}
            />
          ) : null,
        )}
        <span
          style={{
            width: `${(100 * none) / Math.max(1, rows.length)}%`,
            backgroundColor: NO_POSITION_STYLE.background,
          }}
        />
      </div>
      <p className="text-[11px] leading-tight font-normal text-slate-600">
        {counts
          .filter((c) => c.n)
          .map((c) => `${STANCE_STYLE[c.stance].symbol} ${c.n}`)
          .join(" · ") || t("matrix.summaryNone")}
      </p>
    </div>
  );
}
