import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type RecordNote } from "@/db/dataset/record-notes";
import { isCalendarDate } from "@/server/shared/dates";
import { PageSection } from "@/app/_components/page-section";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";

/** Records about this government that are not positions (it left a coalition, did not sign), and partial lists it is not on. */
export function RecordNotes({ name, notes }: { name: string; notes: RecordNote[] }) {
  const t = useTranslations("governments.notes");
  const { day } = useDates();
  const stored = useStoredText();
  if (notes.length === 0) return null;
  const when = (date: string) => (isCalendarDate(date) ? day(date) : date || t("noDate"));
  const notCoded = notes.filter((n) => n.kind === "not-coded");
  const notListed = notes.filter((n) => n.kind === "not-listed");
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <PageSection id="record-notes" title={t("title")}>
      <ul className="space-y-2 text-sm text-slate-700">
        {notCoded.map((note) => (
          <li
            key={`${note.set.id}-${note.fact.value}-${note.fact.date}`}
            className="rounded-md border border-amber-200 bg-amber-50 p-3"
          >
            {t.rich("notCoded", {
              strong,
              set: () => <span {...stored}>{note.set.title}</span>,
              value: note.fact.value,
              date: when(note.fact.date),
              source: (chunks) => (
                <a className="underline" href={note.fact.source_url} rel="noopener noreferrer">
                  {chunks}
                </a>
              ),
              why: () => <span {...stored}>{note.why}</span>,
            })}
          </li>
        ))}
        {notListed.map((note) => (
          <li key={note.set.id} className="rounded-md border border-slate-200 bg-white p-3">
            {t.rich("notListed", {
              name,
              strong,
              set: () => <span {...stored}>{note.set.title}</span>,
              gaps: () => <span {...stored}>{note.set.gaps}</span>,
            })}
          </li>
        ))}
      </ul>
      <p className="text-sm">
        <Link className="underline" href="/methodology#not-coded">
          {t("method")}
        </Link>
      </p>
    </PageSection>
  );
}
