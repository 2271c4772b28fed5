"use client";

import { useId, useLayoutEffect, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { type GridCell, type MatrixTopic } from "@/server/shared/matrix-types";
import { type Poles } from "@/server/shared/stance-meaning";
import { usePolesSentence } from "@/app/_components/use-poles-sentence";
import { cellKey } from "@/server/shared/timeline";
import { localizeHref } from "@/server/i18n/locales";
import { stanceClass } from "@/app/_components/stance-style";
import { useDates } from "@/app/_components/use-dates";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { inlineStep } from "@/app/_components/reading-direction";
import { TopicSummary } from "./topic-summary";

export type GridRow = { iso3: string; name: string; subregion: string; cells: Record<string, GridCell | null> };

/** A column: its topic, and what the two ends of the scale mean on it. */
export type GridTopic = MatrixTopic & { poles?: Poles };

type Props = {
  rows: GridRow[];
  topics: GridTopic[];
  at: string;
  compact: boolean;
  changed: Set<string>;
  onOpen: (iso3: string, topic: string) => void;
  /** Subregions' names in the page's language, by their English names. */
  placeNames: Record<string, string>;
};

type Move = (r: number, c: number, rows: number, cols: number) => [number, number];

/** The keys that move through the grid besides ArrowLeft and ArrowRight, which follow the reading direction. */
const KEY_MOVES: Record<string, Move> = {
  ArrowUp: (r, c) => [r - 1, c],
  ArrowDown: (r, c) => [r + 1, c],
  Home: (r) => [r, 0],
  End: (r, _c, _rows, cols) => [r, cols - 1],
  PageUp: (r, c) => [r - 10, c],
  PageDown: (r, c) => [r + 10, c],
};

/** The [row, column] of the grid cell an event happened in, if any (its place in the table: the markup carries no indexes). */
function cellAt(target: EventTarget): [number, number] | null {
  const td = target instanceof Element ? target.closest("td") : null;
  const tr = td?.parentElement;
  if (!td || !(tr instanceof HTMLTableRowElement)) return null;
  return [tr.sectionRowIndex, td.cellIndex - 1];
}

/**
 * A cell's accessible name beyond its visible label: what the government did and when, " (voted 5 Dec
 * 2018)", " (stated by 16 Sep 2019, contested)" (screen readers announce the row's government and the
 * column's topic from the headers). It starts with a space, as browsers may or may not put one between
 * the label's box and this text.
 */
function useCellDetail() {
  const t = useTranslations("matrix");
  const { statedOn } = useDates();
  return (cell: GridCell | null, changed: boolean): string => {
    const detail = cell
      ? ` ${t("cellDetail", { kind: cell.evidence, date: statedOn(cell.statedOn, cell.datePrecision), contested: cell.contested ? "yes" : "no" })}`
      : "";
    return `${detail}${changed ? ` ${t("cellChanged")}` : ""}`;
  };
}

/** The stance's colours, `ch` if it changed since the date shown before, `ct` (hatched) if contested. */
function cellClass(cell: GridCell | null, changed: boolean): string {
  return [stanceClass(cell?.stance ?? null), changed && "ch", cell?.contested && "ct"].filter(Boolean).join(" ");
}

/**
 * The comparison matrix as an ARIA grid: arrow keys move between cells, Enter opens one. Its
 * markup is bare (thousands of cells; styled in app/globals.css under `.mx`): a cell is its
 * stance's class, the label, and the rest of its name for screen readers.
 */
export function MatrixGrid({ rows, topics, at, compact, changed, onOpen, placeNames }: Props) {
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const moved = useRef(false);
  const tableRef = useRef<HTMLTableElement>(null);
  const polesId = useId();
  const polesSentence = usePolesSentence().text;
  const t = useTranslations();
  const locale = useLocale();
  // A topic's title not yet translated is marked as English, so screen readers pronounce it so.
  const writtenIn = useWrittenIn();
  const { day } = useDates();
  const cellDetail = useCellDetail();
  const [activeRow, activeCol] = [Math.min(active[0], rows.length - 1), Math.min(active[1], topics.length - 1)];

  // After a move, focus follows the active cell: the one cell in the tab order (the others have
  // no tabindex, which keeps thousands of attributes out of the page).
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    tableRef.current?.tBodies[0]?.rows[activeRow]?.cells[activeCol + 1]?.focus();
  }, [activeRow, activeCol]);

  const openAt = ([r, c]: [number, number]) => {
    const row = rows[r];
    const topic = topics[c];
    if (row && topic) onOpen(row.iso3, topic.slug);
  };

  function onKeyDown(event: React.KeyboardEvent) {
    const at = cellAt(event.target);
    if (!at) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      openAt(at);
      return;
    }
    // In Arabic the next topic is to the left.
    const step = tableRef.current ? inlineStep(event.key, tableRef.current) : 0;
    const move: Move | undefined = step ? (r, c) => [r, c + step] : KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const [nr, nc] = move(at[0], at[1], rows.length, topics.length);
    moved.current = true;
    setActive([Math.max(0, Math.min(rows.length - 1, nr)), Math.max(0, Math.min(topics.length - 1, nc))]);
  }

  return (
    <div className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table
        ref={tableRef}
        role="grid"
        aria-label={t("matrix.gridLabel", { date: day(at) })}
        aria-rowcount={rows.length + 1}
        className={`mx border-separate border-spacing-0 text-sm${compact ? "compact" : ""}`}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const at = cellAt(event.target);
          if (!at) return;
          // The clicked cell takes focus, and gets it back when its detail closes.
          if (at[0] !== activeRow || at[1] !== activeCol) moved.current = true;
          setActive(at);
          openAt(at);
        }}
      >
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky start-0 top-0 z-30 min-w-28 border-b border-slate-200 bg-white p-2 text-start align-bottom font-semibold"
            >
              {t("matrix.governmentColumn")}
            </th>
            {topics.map((topic) => {
              // Named by its title (and counts); described by what its two ends mean, also its tooltip.
              const poles = topic.poles ? polesSentence(topic.poles) : undefined;
              return (
                <th
                  key={topic.slug}
                  scope="col"
                  title={poles}
                  aria-describedby={poles && `${polesId}-${topic.slug}`}
                  className={`sticky top-0 z-20 border-s border-b border-slate-200 bg-white p-2 text-start align-bottom text-xs font-semibold ${compact ? "w-16 min-w-16" : "w-40 min-w-40"}`}
                >
                  <span className={compact ? "line-clamp-3" : undefined} lang={writtenIn(topic.lang).lang}>
                    {topic.title}
                  </span>
                  {poles && (
                    <span id={`${polesId}-${topic.slug}`} hidden>
                      {poles}
                    </span>
                  )}
                  <div className="mt-1">
                    <TopicSummary rows={rows} topic={topic.slug} />
                  </div>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.iso3}>
              <th scope="row">
                <a href={localizeHref(locale, `/governments/${row.iso3}`)} tabIndex={-1}>
                  {row.name}
                </a>
                <span aria-hidden="true">{placeNames[row.subregion] ?? row.subregion}</span>
              </th>
              {topics.map((topic, c) => {
                const cell = row.cells[topic.slug] ?? null;
                const isChanged = changed.has(cellKey(row.iso3, topic.slug));
                const label = cell ? t(`stance.${cell.stance}`) : t("matrix.noPosition");
                return (
                  <td
                    key={topic.slug}
                    className={cellClass(cell, isChanged)}
                    tabIndex={r === activeRow && c === activeCol ? 0 : undefined}
                  >
                    {compact || !cell ? null : label}
                    <i>{compact || !cell ? `${label}${cellDetail(cell, isChanged)}` : cellDetail(cell, isChanged)}</i>
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
