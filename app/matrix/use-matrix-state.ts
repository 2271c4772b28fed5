"use client";

import { useQueryStates } from "nuqs";
import { matrixParsers } from "./search-params";

/**
 * The matrix view's URL state. Most changes are shallow (no server round trip: the page
 * already has every position for the chosen topics); changing the topics is not.
 */
export function useMatrixState() {
  return useQueryStates(matrixParsers, { shallow: true, history: "replace", scroll: false });
}

export type MatrixState = ReturnType<typeof useMatrixState>[0];
export type SetMatrixState = ReturnType<typeof useMatrixState>[1];
