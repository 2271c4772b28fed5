"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { decodeImportFile, sizeProblem } from "@/server/shared/import-file-bytes";
import { useTRPC } from "@/app/_trpc/client";
import { ErrorText } from "@/app/_components/error-messages";

type Loaded = { fileName: string; text: string };
type Counts = { created: number; updated: number; unchanged: number };

const counts = ({ created, updated, unchanged }: Counts) => ({ created, updated, unchanged });

/** Choose a file → a preview (every bad row by line and reason, or what would change) → import, all or nothing. */
export function ImportForm() {
  const t = useTranslations("moderation.import");
  const trpc = useTRPC();
  const inputId = useId();
  const [file, setFile] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useMutation(trpc.imports.run.mutationOptions());
  const commit = useMutation(trpc.imports.run.mutationOptions());

  async function choose(chosen: File | undefined) {
    setFile(null);
    setFileError(null);
    preview.reset();
    commit.reset();
    if (!chosen) return;
    const tooBig = sizeProblem(chosen.size); // before reading it into memory
    if (tooBig) return setFileError(tooBig);
    const decoded = decodeImportFile(new Uint8Array(await chosen.arrayBuffer()));
    if ("error" in decoded) return setFileError(decoded.error);
    const { text } = decoded;
    setFile({ fileName: chosen.name, text });
    preview.mutate({ fileName: chosen.name, text, dryRun: true });
  }

  const plan = preview.data;
  return (
    <div className="space-y-5">
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t("file")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
          aria-describedby={fileError ? `${inputId}-error` : undefined}
          aria-invalid={fileError ? true : undefined}
        />
        {fileError && (
          <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
            {fileError}
          </p>
        )}
      </div>
      {preview.isPending && <p className="animate-pulse text-slate-600">{t("checking")}</p>}
      {preview.error && (
        <p role="alert" className="text-red-700">
          <ErrorText message={preview.error.message} />
        </p>
      )}
      {plan && !plan.ok && (
        <section
          role="alert"
          aria-labelledby="bad-rows"
          className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4"
        >
          <h2 id="bad-rows" className="font-semibold text-red-900">
            {t("badRows", { count: plan.badRows })}
          </h2>
          <table className="text-sm">
            <thead>
              <tr>
                <th scope="col" className="pe-4 text-start">
                  {t("line")}
                </th>
                <th scope="col" className="text-start">
                  {t("whatIsWrong")}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.errors.map((e) => (
                <tr key={`${e.line}-${e.reason}`}>
                  <td className="pe-4 align-top font-mono">{e.line}</td>
                  <td>{e.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.badRows > plan.errors.length && (
            <p className="text-sm">{t("moreBadRows", { count: plan.badRows - plan.errors.length })}</p>
          )}
        </section>
      )}
      {plan?.ok && file && !commit.data && (
        <section aria-labelledby="plan" className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
          <h2 id="plan" className="font-semibold">
            {t("planHeading", { file: file.fileName, rows: plan.rows })}
          </h2>
          <p>{t("plan", counts(plan.counts))}</p>
          <button
            type="button"
            className="btn-primary"
            disabled={commit.isPending || plan.counts.created + plan.counts.updated === 0}
            onClick={() => commit.mutate({ ...file, dryRun: false })}
          >
            {t("commit", { count: plan.counts.created + plan.counts.updated })}
          </button>
          {commit.error && (
            <p role="alert" className="text-red-700">
              <ErrorText message={commit.error.message} />
            </p>
          )}
        </section>
      )}
      {commit.data?.ok && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          {t("done", counts(commit.data.counts))}
        </p>
      )}
    </div>
  );
}
