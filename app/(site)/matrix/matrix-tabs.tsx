"use client";

import { MATRIX_TABS, type MatrixTab } from "@/server/shared/matrix-state";

export const TAB_LABELS: Record<MatrixTab, string> = { table: "Table", map: "Map", chart: "Chart", blocs: "Bloc rows" };

/** Table / Map / Chart / Bloc rows, as WAI-ARIA tabs (arrow keys move between them). */
export function MatrixTabs({ tab, onChange }: { tab: MatrixTab; onChange: (tab: MatrixTab) => void }) {
  const move = (delta: number) => {
    const next = MATRIX_TABS[(MATRIX_TABS.indexOf(tab) + delta + MATRIX_TABS.length) % MATRIX_TABS.length];
    if (next) onChange(next);
  };
  return (
    <div role="tablist" aria-label="View" className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5">
      {MATRIX_TABS.map((t) => (
        <button
          key={t}
          type="button"
          role="tab"
          aria-selected={t === tab}
          tabIndex={t === tab ? 0 : -1}
          onClick={() => onChange(t)}
          onKeyDown={(e) => {
            if (e.key === "ArrowRight") move(1);
            if (e.key === "ArrowLeft") move(-1);
          }}
          className={`rounded-md px-4 py-1.5 text-sm font-medium ${t === tab ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {TAB_LABELS[t]}
        </button>
      ))}
    </div>
  );
}
