"use client";

import { useEffect, useMemo, useState } from "react";
import { type EvidenceKind } from "@/db/enums";
import { changedBetween } from "@/server/shared/cell-change";
import { matrixCellsUrl } from "@/server/shared/matrix-state";
import { type GridCell } from "@/server/shared/matrix-types";
import { cellKey, type TimeStop } from "@/server/shared/timeline";
import { type ApiMatrix, readApi } from "@/app/_components/read-api";
import { useReadApi } from "@/app/_components/use-read-api";

type CellMap = Map<string, GridCell>;

const converted = new WeakMap<ApiMatrix, CellMap>();

function gridCells(matrix: ApiMatrix): CellMap {
  let cells = converted.get(matrix);
  if (!cells) {
    cells = new Map();
    for (const row of matrix.rows) {
      for (const [topic, cell] of Object.entries(row.cells)) if (cell) cells.set(cellKey(row.iso3, topic), cell);
    }
    converted.set(matrix, cells);
  }
  return cells;
}

type Shown = {
  url: string;
  query: string;
  at: string;
  cells: CellMap;
  previous: { at: string; cells: CellMap } | null;
};

/**
 * The cells as of `at`: those the page was rendered with, or the read API's for another date;
 * the cells that changed since the date shown before (not those a position dated only "on or
 * before" came into: it entered the record, it did not change that day); and the neighbouring stops fetched ahead,
 * so that stepping or playing through time feels instant.
 */
export function useMatrixCells(
  at: string,
  topics: string[],
  stops: TimeStop[],
  evidence: EvidenceKind[] | null,
  rendered: { url: string; cells: CellMap },
) {
  const url = matrixCellsUrl(at, topics, evidence);
  const fromApi = useReadApi<ApiMatrix>(url === rendered.url ? null : url);
  const current = url === rendered.url ? rendered.cells : fromApi.data ? gridCells(fromApi.data) : undefined;
  // What the topics and evidence are: a change of date marks what changed, a change of these does not.
  const query = matrixCellsUrl("", topics, evidence);

  // Keep the previously shown date's cells to mark what changed (derived state, set during render).
  const [shown, setShown] = useState<Shown | null>(null);
  if (current && shown?.url !== url) {
    setShown({
      url,
      query,
      at,
      cells: current,
      previous: shown && shown.query === query ? { at: shown.at, cells: shown.cells } : null,
    });
  }
  const cells = current ?? shown?.cells ?? rendered.cells;
  const before = shown?.url === url ? shown.previous : null;
  const changed = useMemo(() => {
    if (!before) return { since: null, keys: new Set<string>() };
    const keys = new Set([...before.cells.keys(), ...cells.keys()]);
    // Moving back in time, the date shown before is the later one.
    const [earlier, later] = before.at <= at ? [before.cells, cells] : [cells, before.cells];
    return { since: before.at, keys: new Set([...keys].filter((k) => changedBetween(earlier.get(k), later.get(k)))) };
  }, [before, cells, at]);

  useEffect(() => {
    const index = stops.findLastIndex((s) => s.date <= at);
    for (const neighbour of [stops[index - 1], stops[index + 1], stops[index + 2]]) {
      if (neighbour) readApi(matrixCellsUrl(neighbour.date, topics, evidence)).catch(() => undefined); // a failed prefetch is retried when needed
    }
  }, [at, stops, topics, evidence]);

  return { cells, changed, loading: !current && !fromApi.error, error: !current && fromApi.error };
}
