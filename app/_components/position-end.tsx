import { useTranslations } from "next-intl";
import { type PositionEnd } from "@/server/shared/revision-fields";
import { useDates } from "./use-dates";
import { useStoredText } from "./use-stored-text";

type Props = {
  end: PositionEnd;
  /** `line`: "Ended 10 Feb 2026: Withdrew from … (source)", beside the position; `left`: "Withdrew from … on 10 Feb 2026 (source)", where a cell no longer shows it. */
  variant?: "line" | "left";
  className?: string;
};

/** When a position stopped counting (method v2, rule 5), what ended it, and the source that says so. */
export function PositionEndNote({ end, variant = "line", className = "text-sm text-slate-700" }: Props) {
  const t = useTranslations("positionNotes");
  const { day } = useDates();
  const storedText = useStoredText();
  return (
    <p className={className}>
      {t.rich(variant === "left" ? "left" : "ended", {
        date: () => <time dateTime={end.on}>{day(end.on)}</time>,
        note: () => <span {...storedText}>{end.note}</span>,
        source: (chunks) => (
          <a href={end.source} className="underline" rel="noopener noreferrer" target="_blank">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
