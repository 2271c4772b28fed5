"use client";

import { NuqsAdapter } from "nuqs/adapters/next/app";
import { unstable_createAdapterProvider as createAdapterProvider } from "nuqs/adapters/custom";
import { createContext, Suspense, useContext, useMemo } from "react";

// The matrix keeps its state in the URL (nuqs). Its pages are cached renders of a URL the
// proxy rewrote, where Next cannot tell a component the query string: on the server, the
// state comes from the page instead, and in the browser from the address bar, as usual.

const ServerSearch = createContext("");

function useServerAdapter() {
  const search = useContext(ServerSearch);
  const searchParams = useMemo(() => new URLSearchParams(search), [search]);
  return { searchParams, updateUrl: () => {} };
}

const ServerAdapter = createAdapterProvider(useServerAdapter);

/** Provides the URL state: `search` is the query string the page was rendered for. */
export function UrlStateAdapter({ search, children }: { search: string; children: React.ReactNode }) {
  if (typeof window !== "undefined") return <NuqsAdapter>{children}</NuqsAdapter>;
  // The same shape as NuqsAdapter's (a Suspense boundary, then the children), so hydration matches.
  return (
    <ServerSearch value={search}>
      <ServerAdapter>
        <Suspense key="nuqs-adapter-suspense-navspy">{null}</Suspense>
        {children}
      </ServerAdapter>
    </ServerSearch>
  );
}
