import { EVIDENCE_LABEL, STANCE_LABEL } from "@/db/enums";
import { formatStatedOn } from "@/server/shared/stated-on";
import { isCalendarDate } from "@/server/shared/dates";
import { describeEnd, type RevisionContent } from "@/server/shared/revision-fields";
import { type ProposalValues } from "./proposal-values";

export type CurrentVersion = { currentRevisionId: number; current: RevisionContent };

type Props = {
  conflict: CurrentVersion;
  mine: ProposalValues;
  eventName: (slug: string | null) => string;
  onRebase: () => void;
};

/** The end as typed, described like an approved one once it is whole (a half-typed date is shown as typed). */
function myEnd({ endedOn, endNote, endSource }: ProposalValues): string {
  if (isCalendarDate(endedOn) && endNote && endSource)
    return describeEnd({ on: endedOn, note: endNote, source: endSource });
  return [endNote, endedOn, endSource].filter(Boolean).join(", ") || "—";
}

/** Someone else's edit was approved while this one was being written: both versions side by side; nothing of the user's is lost. */
export function ConflictNotice({ conflict, mine, eventName, onRebase }: Props) {
  const { current } = conflict;
  const rows: [string, string, string][] = [
    ["Stance", STANCE_LABEL[current.stance], mine.stance ? STANCE_LABEL[mine.stance] : "—"],
    ["Evidence", EVIDENCE_LABEL[current.evidence], EVIDENCE_LABEL[mine.evidence]],
    [
      "Date stated",
      formatStatedOn(current.statedOn, current.datePrecision),
      mine.statedOn ? formatStatedOn(mine.statedOn, mine.datePrecision) : "—",
    ],
    ["Event", eventName(current.event), eventName(mine.event || null)],
    ["Summary", current.summary, mine.summary],
    ["Sources", current.sources.join("\n"), mine.sources.filter(Boolean).join("\n")],
    ["Quote", current.quote ?? "—", mine.quote || "—"],
    ["Ended", describeEnd(current.end), myEnd(mine)],
  ];
  return (
    <section
      aria-labelledby="conflict-title"
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h2 id="conflict-title" className="font-semibold text-amber-950">
        This position changed while you were editing
      </h2>
      <p>
        Someone else&apos;s edit was approved after you started. Your text is still in the form below. Compare, adjust
        if needed, then submit again.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start">
          <caption className="sr-only">The approved version now, and yours</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">
                Field
              </th>
              <th scope="col" className="p-2">
                Approved now
              </th>
              <th scope="col" className="p-2">
                Yours
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([field, now, yours]) => (
              <tr key={field} className={`border-t border-amber-200 align-top ${now !== yours ? "bg-amber-100" : ""}`}>
                <th scope="row" className="p-2 font-medium">
                  {field}
                  {now !== yours && <span className="sr-only"> (differs)</span>}
                </th>
                <td className="p-2 break-words whitespace-pre-line">{now}</td>
                <td className="p-2 break-words whitespace-pre-line">{yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="btn-primary" onClick={onRebase}>
        I have compared them: base my edit on the approved version
      </button>
    </section>
  );
}
