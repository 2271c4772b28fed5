import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { pageLocale } from "@/server/i18n/page-locale";
import { recordDates } from "@/app/[locale]/(site)/records/record-dates";
import { listRecords } from "@/server/services/records";
import { TallyLine } from "./record-tally";

// The records ship with the code: the page changes only with a new version, so it is rendered once per language,
// at build, from the files (no database).
const COLUMNS = ["record", "kind", "dates", "rows", "tally", "positions"] as const;

export const revalidate = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/records">): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "records" });
  return { title: t("title"), description: t("description") };
}

/** `/records`: every public record behind the dataset, with its tally beside the official one. */
export default async function RecordsPage({ params }: PageProps<"/[locale]/records">) {
  const locale = await pageLocale(params);
  const records = listRecords();
  const t = await getTranslations("records");
  const stored = storedTextIn(locale);
  return (
    <div className="max-w-6xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("description")}</p>
      </header>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-label={t("listLabel")}>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-start font-semibold">
                  {t(`column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {records.map((record) => (
              <tr key={record.slug} className="align-top">
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  <Link href={`/records/${record.slug}`} className="font-medium underline" {...stored}>
                    {record.title}
                  </Link>
                  {record.coverage === "partial" && (
                    <span className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 uppercase">
                      {t("partial")}
                    </span>
                  )}
                </th>
                <td className="px-3 py-2">{t(`kind.${record.kind}`)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{recordDates(locale, record, t("undated"))}</td>
                <td className="px-3 py-2 tabular-nums">{record.rowCount}</td>
                <td className="px-3 py-2">
                  <TallyLine record={record} />
                </td>
                <td className="px-3 py-2">{t("positionsCount", { count: record.positions })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
