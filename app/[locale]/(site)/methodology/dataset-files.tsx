import { type DatasetFileSummary } from "@/server/services/dataset";

/** The reference dataset's files, with their row counts, coverage and known gaps. */
export function DatasetFiles({ files, gaps }: { files: DatasetFileSummary[]; gaps: (id: string) => string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">
          Versioned CSV files in the import format, loaded once per database through the import service (a new or
          changed file arrives on upgrade).
        </caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              File
            </th>
            <th scope="col" className="p-2 text-end">
              Positions
            </th>
            <th scope="col" className="p-2">
              Coverage
            </th>
            <th scope="col" className="p-2">
              Known gaps
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <tr key={file.id} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <code className="font-medium">{file.name}</code>
                <span className="block text-slate-600">{file.title}</span>
              </th>
              <td className="p-2 text-end tabular-nums">{file.rows.toLocaleString("en")}</td>
              <td className="p-2">{file.coverage === "complete" ? "Complete" : "Partial"}</td>
              <td className="p-2 text-slate-700">{gaps(file.id)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 font-semibold">
            <th scope="row" className="p-2">
              All files
            </th>
            <td className="p-2 text-end tabular-nums">
              {files.reduce((sum, f) => sum + f.rows, 0).toLocaleString("en")}
            </td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
