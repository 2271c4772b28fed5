import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type PublicRecordRow } from "@/server/services/records";
import { StanceBadge } from "../matrix/stance-badge";

const COLUMNS = ["government", "value", "date", "became", "source"] as const;

/** A fact's date as the source gives it: a day, a year alone, or none. */
function FactDate({ date }: { date: string }) {
  const t = useTranslations("records");
  const { day } = useDates();
  if (!date) return <span className="text-slate-500">{t("undated")}</span>;
  return <time dateTime={date}>{/^\d{4}$/.test(date) ? date : day(date)}</time>;
}

/** Every row of a record: the government, the value as read, its date and source, and the position it became (or why none). */
export function RecordRows({ rows, name }: { rows: PublicRecordRow[]; name: (iso3: string) => string }) {
  const t = useTranslations("records");
  const stored = useStoredText();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" aria-label={t("rowsLabel")}>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 text-start font-semibold">
                {t(`rowColumn.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={`${row.iso3}-${row.value}-${row.date}`}>
              <th scope="row" className="px-3 py-1.5 text-start font-normal">
                <Link href={`/governments/${row.iso3}`} className="hover:underline">
                  {name(row.iso3)}
                </Link>
              </th>
              <td className="px-3 py-1.5" lang="en">
                <code>{row.value}</code>
              </td>
              <td className="px-3 py-1.5 whitespace-nowrap">
                <FactDate date={row.date} />
              </td>
              <td className="px-3 py-1.5">
                {row.position ? (
                  <Link
                    href={`/positions/${row.position.id}`}
                    className="inline-flex items-center gap-2 hover:underline"
                  >
                    <StanceBadge stance={row.position.stance} />
                  </Link>
                ) : row.coded ? (
                  <span className="text-slate-600">{t("withdrawn")}</span>
                ) : row.notCoded ? (
                  <span className="text-slate-600">
                    {t.rich("notCoded", { why: () => <span {...stored}>{row.notCoded}</span> })}
                  </span>
                ) : (
                  <span className="text-slate-600">{t("notAStance")}</span>
                )}
              </td>
              <td className="px-3 py-1.5">
                <a href={row.source} className="underline" rel="noopener noreferrer">
                  {t("source")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
