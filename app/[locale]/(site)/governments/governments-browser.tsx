"use client";

import Link from "@/app/_components/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";

type Government = {
  iso3: string;
  /** In the page's language. */
  name: string;
  english: string;
  /** The English names (the keys), and the names in the page's language. */
  region: string;
  regionName: string;
  subregionName: string;
};

/** Client island: filters the government list by name (in the page's language or English) or ISO code as the reader types. */
export function GovernmentsBrowser({ governments }: { governments: readonly Government[] }) {
  const t = useTranslations("governments.browser");
  const locale = useLocale();
  const [search, setSearch] = useState("");
  const searchId = useId();

  const byRegion = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase(locale);
    const matches = (text: string) => text.toLocaleLowerCase(locale).includes(needle);
    const groups = new Map<string, Government[]>();
    for (const g of governments) {
      if (needle && !matches(g.name) && !matches(g.english) && !g.iso3.toLowerCase().includes(needle)) continue;
      groups.set(g.region, [...(groups.get(g.region) ?? []), g]);
    }
    return [...groups].sort(([, [a]], [, [b]]) => (a?.regionName ?? "").localeCompare(b?.regionName ?? "", locale));
  }, [governments, search, locale]);
  const shown = byRegion.reduce((n, [, list]) => n + list.length, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={searchId} className="text-sm font-medium">
            {t("find")}
          </label>
          <input
            id={searchId}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("placeholder")}
            className="w-72 rounded-md border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <p className="pb-2 text-sm text-slate-600" aria-live="polite">
          {t("shown", { shown, total: governments.length })}
        </p>
      </div>
      {shown === 0 && <p className="text-slate-600">{t("noMatch", { search })}</p>}
      {byRegion.map(([region, list]) => (
        <section key={region} aria-labelledby={`region-${region}`}>
          <h2 id={`region-${region}`} className="mb-2 text-lg font-semibold">
            {list[0]?.regionName ?? region} <span className="text-sm font-normal text-slate-500">({list.length})</span>
          </h2>
          <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {list.map((g) => (
              <li key={g.iso3} className="flex items-baseline gap-2">
                <span className="w-10 font-mono text-xs text-slate-500">{g.iso3}</span>
                <Link href={`/governments/${g.iso3}`} className="hover:underline">
                  {g.name}
                </Link>
                <span className="truncate text-xs text-slate-500">{g.subregionName}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
