import { useTranslations } from "next-intl";
import { isCalendarDate } from "@/server/shared/dates";
import { type PositionEnd, type RevisionContent } from "@/server/shared/revision-fields";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type ProposalValues } from "./proposal-values";

export type CurrentVersion = { currentRevisionId: number; current: RevisionContent };

type Props = {
  conflict: CurrentVersion;
  mine: ProposalValues;
  eventName: (slug: string | null) => string;
  onRebase: () => void;
};

const NONE = "—";

/** The fields that hold the record's own words (stored in English). */
const STORED = new Set(["event", "summary", "quote"]);

type Row = ["stance" | "evidence" | "statedOn" | "event" | "summary" | "sources" | "quote" | "end", string, string];

/** Someone else's edit was approved while this one was being written: both versions side by side; nothing of the user's is lost. */
export function ConflictNotice({ conflict, mine, eventName, onRebase }: Props) {
  const t = useTranslations("contribute.conflict");
  const tStance = useTranslations("stance");
  const tEvidence = useTranslations("evidenceKind");
  const { day, statedOn } = useDates();
  const storedText = useStoredText();
  const { current } = conflict;
  const describeEnd = (end: PositionEnd | null) =>
    end ? t("endValue", { note: end.note, date: day(end.on), source: end.source }) : NONE;
  /** The end as typed, described like an approved one once it is whole (a half-typed date is shown as typed). */
  const { endedOn, endNote, endSource } = mine;
  const myEnd =
    isCalendarDate(endedOn) && endNote && endSource
      ? describeEnd({ on: endedOn, note: endNote, source: endSource })
      : [endNote, endedOn, endSource].filter(Boolean).join(", ") || NONE;
  // Each field: approved now, and yours.
  const rows: Row[] = [
    ["stance", tStance(current.stance), mine.stance ? tStance(mine.stance) : NONE],
    ["evidence", tEvidence(current.evidence), tEvidence(mine.evidence)],
    [
      "statedOn",
      statedOn(current.statedOn, current.datePrecision),
      mine.statedOn ? statedOn(mine.statedOn, mine.datePrecision) : NONE,
    ],
    ["event", eventName(current.event), eventName(mine.event || null)],
    ["summary", current.summary, mine.summary],
    ["sources", current.sources.join("\n"), mine.sources.filter(Boolean).join("\n")],
    ["quote", current.quote ?? NONE, mine.quote || NONE],
    ["end", describeEnd(current.end), myEnd],
  ];
  return (
    <section
      aria-labelledby="conflict-title"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h2 id="conflict-title" className="font-semibold text-amber-950">
        {t("title")}
      </h2>
      <p>{t("explain")}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">
                {t("field")}
              </th>
              <th scope="col" className="p-2">
                {t("now")}
              </th>
              <th scope="col" className="p-2">
                {t("yours")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([field, now, yours]) => (
              <tr key={field} className={`border-t border-amber-200 align-top ${now !== yours ? "bg-amber-100" : ""}`}>
                <th scope="row" className="p-2 font-medium">
                  {t(`fields.${field}`)}
                  {now !== yours && <span className="sr-only"> {t("differs")}</span>}
                </th>
                <td className="p-2 break-words whitespace-pre-line" {...(STORED.has(field) ? storedText : {})}>
                  {now}
                </td>
                <td className="p-2 break-words whitespace-pre-line" {...(STORED.has(field) ? storedText : {})}>
                  {yours}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn-primary" onClick={onRebase}>
        {t("rebase")}
      </button>
    </section>
  );
}
