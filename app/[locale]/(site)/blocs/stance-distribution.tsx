import { useFormatter, useTranslations } from "next-intl";
import { STANCES } from "@/db/enums";
import { type StanceCounts } from "@/server/shared/bloc-cohesion";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

/** "Topic: 3 of 5 members have a recorded position: 2 mixed, 1 intergovernmental." in the page's language. */
function useDescription(label: string, counts: StanceCounts, members: number, held: number): string {
  const t = useTranslations("stanceDistribution");
  const format = useFormatter();
  const parts = STANCES.filter((s) => counts[s] > 0).map((stance) =>
    t("stanceCount", { count: counts[stance], stance }),
  );
  const described = parts.length ? format.list(parts, { type: "unit", style: "short" }) : t("noneRecorded");
  return t("label", { label, held, members, counts: described });
}

/**
 * A bloc's members on one topic as one small stacked bar: a segment per stance, grey for members without a position;
 * the counts in words for screen readers (and as a tooltip), on a bloc's page and in the matrix's bloc rows alike.
 */
export function StanceDistribution({
  counts,
  members,
  label,
}: {
  counts: StanceCounts;
  members: number;
  label: string;
}) {
  const held = STANCES.reduce((sum, s) => sum + counts[s], 0);
  const text = useDescription(label, counts, members, held);
  return (
    <div className="flex h-4 w-full min-w-16 overflow-hidden rounded-sm border border-slate-300" title={text}>
      <span className="sr-only">{text}</span>
      {STANCES.map(
        (s) =>
          counts[s] > 0 && (
            <span
              key={s}
              aria-hidden="true"
              style={{
                width: `${(counts[s] / Math.max(1, members)) * 100}%`,
                backgroundColor: STANCE_STYLE[s].background,
              }}
            />
          ),
      )}
      {members > held && (
        <span
          aria-hidden="true"
          style={{ width: `${((members - held) / members) * 100}%`, backgroundColor: NO_POSITION_STYLE.background }}
        />
      )}
    </div>
  );
}
