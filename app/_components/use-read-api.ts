"use client";

import { useEffect, useState } from "react";
import { readApi, readApiNow } from "./read-api";

type Result<T> = { data: T | undefined; loading: boolean; error: boolean };

/** The answer of a read-API URL (null: nothing to load), with loading and error states. */
export function useReadApi<T>(url: string | null): Result<T> {
  const [settled, setSettled] = useState<{ url: string; data?: T; error?: boolean } | null>(null);
  useEffect(() => {
    if (!url || readApiNow(url) !== undefined) return;
    let live = true;
    readApi<T>(url).then(
      (data) => live && setSettled({ url, data }),
      () => live && setSettled({ url, error: true }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!url) return { data: undefined, loading: false, error: false };
  const now = readApiNow<T>(url);
  if (now !== undefined) return { data: now, loading: false, error: false };
  const mine = settled?.url === url ? settled : null;
  return { data: mine?.data, loading: !mine, error: Boolean(mine?.error) };
}
