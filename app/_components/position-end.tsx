import { formatDate } from "@/server/shared/dates";
import { type PositionEnd } from "@/server/shared/revision-fields";

type Props = {
  end: PositionEnd;
  /** `line`: "Ended 10 Feb 2026: Withdrew from … (source)", beside the position; `left`: "Withdrew from … on 10 Feb 2026 (source)", where a cell no longer shows it. */
  variant?: "line" | "left";
  className?: string;
};

/** When a position stopped counting (method v2, rule 5), what ended it, and the source that says so. */
export function PositionEndNote({ end, variant = "line", className = "text-sm text-slate-700" }: Props) {
  const date = <time dateTime={end.on}>{formatDate(end.on)}</time>;
  const source = (
    <a href={end.source} className="underline" rel="noopener noreferrer" target="_blank">
      source
    </a>
  );
  return variant === "left" ? (
    <p className={className}>
      {end.note} on {date} ({source})
    </p>
  ) : (
    <p className={className}>
      Ended {date}: {end.note} ({source})
    </p>
  );
}
