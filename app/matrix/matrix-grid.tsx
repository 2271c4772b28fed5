"use client";

import { useRef, useState } from "react";
import { EVIDENCE_LABEL, STANCE_LABEL, STANCES } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";
import { type MatrixRow, type MatrixTopic } from "@/server/shared/matrix-types";
import { cellKey } from "@/server/shared/timeline";
import { NO_POSITION_STYLE, STANCE_STYLE } from "../_components/stance-style";
import { TopicSummary } from "./topic-summary";

type Props = {
  rows: MatrixRow[];
  topics: MatrixTopic[];
  at: string;
  compact: boolean;
  changed: Set<string>;
  eventNames: Map<string, string>;
  onOpen: (iso3: string, topic: string) => void;
};

const KEY_MOVES: Record<string, (r: number, c: number, rows: number, cols: number) => [number, number]> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  ArrowLeft: (r, c) => [r, c - 1],
  ArrowRight: (r, c) => [r, c + 1],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, cols) => [r, cols - 1],
  PageUp: (r, c) => [r - 10, c],
  PageDown: (r, c) => [r + 10, c],
};

// Each stance's colours as CSS variables, written once per table instead of once per cell.
const STANCE_CSS = [...STANCES.map((s) => [s, STANCE_STYLE[s]] as const), ["none", NO_POSITION_STYLE] as const]
  .map(([name, style]) => `.s-${name}{--bg:${style.background};--fg:${style.text};--bd:${style.border}}`)
  .join("");

/** The [row, column] of the grid cell an event happened in, if any. */
function cellAt(target: EventTarget): [number, number] | null {
  const td = target instanceof Element ? target.closest<HTMLElement>("[data-row]") : null;
  if (!td) return null;
  return [Number(td.dataset.row), Number(td.dataset.col)];
}

/** The comparison matrix as an ARIA grid: arrow keys move between cells, Enter opens one. */
export function MatrixGrid({ rows, topics, at, compact, changed, eventNames, onOpen }: Props) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const tableRef = useRef<HTMLTableElement>(null);
  const [activeRow, activeCol] = [Math.min(active[0], rows.length - 1), Math.min(active[1], topics.length - 1)];

  function onKeyDown(event: React.KeyboardEvent) {
    const target = event.target as HTMLElement;
    const r = Number(target.dataset.row);
    const c = Number(target.dataset.col);
    if (Number.isNaN(r) || Number.isNaN(c)) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const row = rows[r];
      const topic = topics[c];
      if (row && topic) onOpen(row.iso3, topic.slug);
      return;
    }
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const [nr, nc] = move(r, c, rows.length, topics.length);
    const next: [number, number] = [Math.max(0, Math.min(rows.length - 1, nr)), Math.max(0, Math.min(topics.length - 1, nc))];
    setActive(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${next[0]}"][data-col="${next[1]}"]`)?.focus();
  }

  return (
    <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table
        ref={tableRef}
        role="grid"
        aria-label={`Stances as of ${formatDate(at)}`}
        aria-rowcount={rows.length + 1}
        className="border-separate border-spacing-0 text-sm"
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const at = cellAt(event.target);
          if (!at) return;
          setActive(at);
          const row = rows[at[0]];
          const topic = topics[at[1]];
          if (row && topic) onOpen(row.iso3, topic.slug);
        }}
        onFocus={(event) => {
          const at = cellAt(event.target);
          if (at) setActive(at);
        }}
      >
        <style>{STANCE_CSS}</style>
        <thead>
          <tr>
            <th scope="col" className="sticky top-0 left-0 z-30 min-w-28 border-b border-slate-200 bg-white p-2 text-left align-bottom font-semibold">
              Government
            </th>
            {topics.map((topic) => (
              <th
                key={topic.slug}
                scope="col"
                className={`sticky top-0 z-20 border-b border-l border-slate-200 bg-white p-2 text-left align-bottom text-xs font-semibold ${compact ? "w-16 min-w-16" : "w-40 min-w-40"}`}
              >
                <span className={compact ? "line-clamp-3" : undefined}>{topic.title}</span>
                <div className="mt-1">
                  <TopicSummary rows={rows} topic={topic.slug} />
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.iso3} className="group">
              <th scope="row" className={compact ? "rh sm:max-w-32" : "rh"}>
                <a href={`/governments/${row.iso3}`} tabIndex={-1} className="hover:underline">
                  {row.name}
                </a>
                {!compact && (
                  <span aria-hidden="true" className="ml-2 hidden text-xs font-normal text-slate-500 sm:inline">
                    {row.subregion}
                  </span>
                )}
              </th>
              {topics.map((topic, c) => {
                const cell = row.cells[topic.slug] ?? null;
                const style = cell ? STANCE_STYLE[cell.stance] : NO_POSITION_STYLE;
                const isChanged = changed.has(cellKey(row.iso3, topic.slug));
                const event = cell?.event ? `, ${eventNames.get(cell.event) ?? cell.event}` : "";
                const label = `${row.name} — ${topic.title}: ${cell ? `${STANCE_LABEL[cell.stance]}, stated ${formatStatedOn(cell.statedOn, cell.datePrecision)}${event} (${EVIDENCE_LABEL[cell.evidence].toLowerCase()})` : "no recorded position"}${isChanged ? " (changed)" : ""}`;
                return (
                  <td
                    key={topic.slug}
                    role="gridcell"
                    tabIndex={r === activeRow && c === activeCol ? 0 : -1}
                    data-row={r}
                    data-col={c}
                    aria-label={label}
                    className="gc"
                  >
                    <span className={`sc s-${cell?.stance ?? "none"}${isChanged ? " changed" : ""}`}>
                      <span className="font-mono">{style.symbol}</span>
                      {!compact && cell && <span className="truncate">{STANCE_LABEL[cell.stance]}</span>}
                      {isChanged && <span aria-hidden="true" className="ml-auto">●</span>}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
