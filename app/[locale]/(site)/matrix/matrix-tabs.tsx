"use client";

import { useTranslations } from "next-intl";
import { MATRIX_TABS, type MatrixTab } from "@/server/shared/matrix-state";
import { inlineStep } from "@/app/_components/reading-direction";

/**
 * Table / Map / Chart / Bloc rows, as WAI-ARIA tabs: arrow keys move between them in the reading direction (in
 * Arabic, ArrowLeft goes to the next tab).
 */
export function MatrixTabs({ tab, onChange }: { tab: MatrixTab; onChange: (tab: MatrixTab) => void }) {
  const t = useTranslations("matrix.tabs");
  const move = (delta: number) => {
    const next = MATRIX_TABS[(MATRIX_TABS.indexOf(tab) + delta + MATRIX_TABS.length) % MATRIX_TABS.length];
    if (next) onChange(next);
  };
  return (
    <div
      role="tablist"
      aria-label={t("label")}
      className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5"
    >
      {MATRIX_TABS.map((each) => (
        <button
          key={each}
          type="button"
          role="tab"
          aria-selected={each === tab}
          tabIndex={each === tab ? 0 : -1}
          onClick={() => onChange(each)}
          onKeyDown={(e) => {
            const step = inlineStep(e.key, e.currentTarget);
            if (step) move(step);
          }}
          className={`rounded-md px-4 py-1.5 text-sm font-medium ${each === tab ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {t(each)}
        </button>
      ))}
    </div>
  );
}
