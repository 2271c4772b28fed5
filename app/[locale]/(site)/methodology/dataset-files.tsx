import { useFormatter, useTranslations } from "next-intl";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type DatasetFileSummary } from "@/server/services/dataset";

type Props = { files: DatasetFileSummary[]; gaps: (id: string) => React.ReactNode };

/** The reference dataset's files, with their row counts, coverage and known gaps. */
export function DatasetFiles({ files, gaps }: Props) {
  const t = useTranslations("methodology.files");
  const format = useFormatter();
  const storedText = useStoredText();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              {t("file")}
            </th>
            <th scope="col" className="p-2 text-end">
              {t("positions")}
            </th>
            <th scope="col" className="p-2">
              {t("coverage")}
            </th>
            <th scope="col" className="p-2">
              {t("gaps")}
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <code className="font-medium">{file.name}</code>
                <span className="block text-slate-600" {...storedText}>
                  {file.title}
                </span>
              </th>
              <td className="p-2 text-end tabular-nums">{format.number(file.rows)}</td>
              <td className="p-2">{t("coverageValue", { coverage: file.coverage })}</td>
              <td className="p-2 text-slate-700">{gaps(file.id)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="p-2">
              {t("all")}
            </th>
            <td className="p-2 text-end tabular-nums">{format.number(files.reduce((sum, f) => sum + f.rows, 0))}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
