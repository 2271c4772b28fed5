import { STANCE_LABEL, STANCES } from "@/db/enums";
import { describeCounts, type StanceCounts } from "@/server/shared/bloc-cohesion";
import { NO_POSITION_STYLE, STANCE_STYLE } from "@/app/_components/stance-style";

/**
 * A bloc's members on one topic as one small stacked bar: a segment per stance, grey for members
 * without a position; the counts in words for screen readers (and as a tooltip). `description` gives those words
 * in the page's language (the bloc page's, from the "blocs" messages); without it they are English (the matrix's
 * bloc rows, whose client messages do not carry the "blocs" namespace).
 */
export function StanceDistribution({
  counts,
  members,
  label,
  description,
}: {
  counts: StanceCounts;
  members: number;
  label: string;
  description?: string;
}) {
  const held = STANCES.reduce((sum, s) => sum + counts[s], 0);
  const text =
    description ??
    `${label}: ${held} of ${members} members have a recorded position: ${describeCounts(counts, (s) => STANCE_LABEL[s])}.`;
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
