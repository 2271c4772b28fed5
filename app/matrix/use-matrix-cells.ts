"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { type EvidenceKind } from "@/db/enums";
import { type MatrixCell } from "@/server/shared/matrix-types";
import { cellsInput } from "@/server/shared/matrix-state";
import { cellMap, type TimeStop } from "@/server/shared/timeline";
import { useTRPC } from "../_trpc/client";

type CellMap = Map<string, MatrixCell>;

/**
 * The cells as of `at` (one indexed query on the server, cached per date), the cells that
 * changed since the date shown before, and the neighbouring stops fetched ahead so that
 * stepping or playing through time feels instant.
 */
export function useMatrixCells(at: string, topics: string[], stops: TimeStop[], evidence?: EvidenceKind[]) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery({ ...trpc.matrix.cells.queryOptions(cellsInput(at, topics, evidence)), placeholderData: keepPreviousData });

  const cells: CellMap = useMemo(() => cellMap(query.data ?? []), [query.data]);

  // Keep the previously shown date's cells to mark what changed (derived state, set during render).
  const [shown, setShown] = useState<{ at: string; cells: CellMap; previous: { at: string; cells: CellMap } | null } | null>(null);
  if (query.data && !query.isPlaceholderData && shown?.at !== at) {
    setShown({ at, cells, previous: shown ? { at: shown.at, cells: shown.cells } : null });
  }
  const changed = useMemo(() => {
    const before = shown?.at === at ? shown.previous : null;
    if (!before) return { since: null, keys: new Set<string>() };
    const keys = new Set([...before.cells.keys(), ...cells.keys()]);
    return { since: before.at, keys: new Set([...keys].filter((k) => before.cells.get(k)?.positionId !== cells.get(k)?.positionId)) };
  }, [shown, at, cells]);

  useEffect(() => {
    const index = stops.findLastIndex((s) => s.date <= at);
    for (const neighbour of [stops[index - 1], stops[index + 1], stops[index + 2]]) {
      if (neighbour) void queryClient.prefetchQuery(trpc.matrix.cells.queryOptions(cellsInput(neighbour.date, topics, evidence)));
    }
  }, [at, stops, topics, evidence, queryClient, trpc]);

  return { cells, changed, loading: query.isFetching && query.isPlaceholderData, error: query.isError };
}
