"use client";

import { useRouter } from "next/navigation";
import { type inferParserType } from "@/server/shared/url-state/query-params";
import { useCallback, useMemo, useSyncExternalStore } from "react";
import { loadMatrixParams, type matrixParsers, serializeMatrixParams } from "@/server/shared/url-state/matrix";
import { currentSearch, showSearch, subscribeToSearch } from "./url-search";

export type MatrixState = inferParserType<typeof matrixParsers>;
export type SetMatrixState = (patch: Partial<MatrixState>, options?: { shallow?: boolean }) => void;

/**
 * The matrix view's state, kept in the URL and read by the same parsers as the server page
 * (server/shared/url-state/matrix.ts). `search` is the query the page was rendered for: the state on the
 * server and while the page hydrates. Most changes are shallow (no server round trip: the
 * page asks the read API for what it needs); changing the topics is not.
 */
export function useMatrixState(search: string): [MatrixState, SetMatrixState] {
  const query = useSyncExternalStore(subscribeToSearch, currentSearch, () => search);
  const state = useMemo(() => loadMatrixParams(new URLSearchParams(query)), [query]);
  const router = useRouter();
  const setState: SetMatrixState = useCallback(
    (patch, { shallow = true } = {}) => {
      const next = serializeMatrixParams(currentSearch(), patch);
      if (shallow) showSearch(next);
      else router.replace(`${window.location.pathname}${next}`, { scroll: false });
    },
    [router],
  );
  return [state, setState];
}
