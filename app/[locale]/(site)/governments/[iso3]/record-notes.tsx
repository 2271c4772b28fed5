import Link from "@/app/_components/link";
import { type RecordNote } from "@/db/dataset/record-notes";
import { formatDate, isCalendarDate } from "@/server/shared/dates";
import { PageSection } from "@/app/_components/page-section";

const when = (date: string) => (isCalendarDate(date) ? formatDate(date) : date || "no date given");

/** Records about this government that are not positions (it left a coalition, did not sign), and partial lists it is not on. */
export function RecordNotes({ name, notes }: { name: string; notes: RecordNote[] }) {
  if (notes.length === 0) return null;
  const notCoded = notes.filter((n) => n.kind === "not-coded");
  const notListed = notes.filter((n) => n.kind === "not-listed");
  return (
    <PageSection id="record-notes" title="Notes on the record">
      <ul className="space-y-2 text-sm text-slate-700">
        {notCoded.map((note) => (
          <li
            key={`${note.set.id}-${note.fact.value}-${note.fact.date}`}
            className="rounded-md border border-amber-200 bg-amber-50 p-3"
          >
            <strong>{note.set.title}:</strong> {describe(note.fact.value)} ({when(note.fact.date)},{" "}
            <a className="underline" href={note.fact.source_url} rel="noopener noreferrer">
              source
            </a>
            ). Not coded as a position: {note.why}.
          </li>
        ))}
        {notListed.map((note) => (
          <li key={note.set.id} className="rounded-md border border-slate-200 bg-white p-3">
            {name} is not on our list for <strong>{note.set.title}</strong>, which is partial: {note.set.gaps} Not being
            listed is not a position.
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link className="underline" href="/methodology#not-coded">
          What the method does not code, and why
        </Link>
      </p>
    </PageSection>
  );
}

const VALUES: Record<string, string> = {
  withdrew: "left the coalition",
  not_supported: "not among the supporters at the launch",
  joined: "joined",
};

const describe = (value: string) => VALUES[value] ?? value;
