"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "@/app/_components/link";
import { useId, useMemo, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";

/** Client island: filters the government list by name as the reader types. */
export function GovernmentsBrowser() {
  const trpc = useTRPC();
  const { data: governments } = useSuspenseQuery(trpc.governments.list.queryOptions());
  const [search, setSearch] = useState("");
  const searchId = useId();

  const byRegion = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase();
    const groups = new Map<string, typeof governments>();
    for (const g of governments) {
      if (needle && !g.name.toLocaleLowerCase().includes(needle) && !g.iso3.toLowerCase().includes(needle)) continue;
      groups.set(g.region, [...(groups.get(g.region) ?? []), g]);
    }
    return [...groups].sort(([a], [b]) => a.localeCompare(b));
  }, [governments, search]);
  const shown = byRegion.reduce((n, [, list]) => n + list.length, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            Find a government
          </label>
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder="Name or ISO code"
            className="w-72 rounded-md border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <p className="pb-2 text-sm text-slate-600" aria-live="polite">
          {shown} of {governments.length} governments
        </p>
      </div>
      {shown === 0 && <p className="text-slate-600">No government matches “{search}”.</p>}
      {byRegion.map(([region, list]) => (
        <section key={region} aria-labelledby={`region-${region}`}>
          <h2 id={`region-${region}`} className="mb-2 text-lg font-semibold">
            {region} <span className="text-sm font-normal text-slate-500">({list.length})</span>
          </h2>
          <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {list.map((g) => (
              <li key={g.iso3} className="flex items-baseline gap-2">
                <span className="w-10 font-mono text-xs text-slate-500">{g.iso3}</span>
                <Link href={`/governments/${g.iso3}`} className="hover:underline">
                  {g.name}
                </Link>
                <span className="truncate text-xs text-slate-500">{g.subregion}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
