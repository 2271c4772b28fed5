"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { M49_REGIONS } from "@/db/enums";
import { parseSort } from "@/server/shared/matrix-state";
import { type MatrixTopic } from "@/server/shared/matrix-types";
import { EvidenceFilter } from "./evidence-filter";
import { type MatrixState, type SetMatrixState } from "./use-matrix-state";

type Props = {
  state: MatrixState;
  setState: SetMatrixState;
  topics: MatrixTopic[];
  selected: string[];
  subregions: string[];
  blocs: { slug: string; name: string }[];
  /** Regions' and subregions' names in the page's language, by their English names (the URL's values). */
  placeNames: Record<string, string>;
};

/** Filters, sort, topic choice and display options; every one is kept in the URL. */
export function MatrixFilters({ state, setState, topics, selected, subregions, blocs, placeNames }: Props) {
  const id = useId();
  const t = useTranslations("matrix.filters");
  const place = (name: string) => placeNames[name] ?? name;
  // On a phone the filters fold away behind one button, so the first screen shows the matrix.
  const [open, setOpen] = useState(false);
  const active = [
    state.q,
    state.region,
    state.subregion,
    state.bloc,
    state.evidence,
    state.sort,
    state.only,
    state.contested,
  ].filter(Boolean).length;
  const toggleTopic = (slug: string, on: boolean) => {
    const next = topics.map((topic) => topic.slug).filter((s) => (s === slug ? on : selected.includes(s)));
    if (next.length === 0) return; // keep at least one topic
    void setState({ topics: next.length === topics.length ? null : next }, { shallow: false });
  };

  return (
    <div>
      <button
        type="button"
        className="btn-secondary text-sm sm:hidden"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        {open ? t("hide") : t("show", { active })}
      </button>
      <div
        id={`${id}-panel`}
        className={`${open ? "mt-2 flex" : "hidden"} flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:mt-0 sm:flex`}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-q`} className="font-medium">
            {t("search")}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={state.q ?? ""}
            onChange={(e) => void setState({ q: e.target.value || null })}
            placeholder={t("searchPlaceholder")}
            className="field w-48"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-region`} className="font-medium">
            {t("region")}
          </label>
          <select
            id={`${id}-region`}
            value={state.region ?? ""}
            onChange={(e) =>
              void setState({ region: M49_REGIONS.find((r) => r === e.target.value) ?? null, subregion: null })
            }
            className="field"
          >
            <option value="">{t("allRegions")}</option>
            {M49_REGIONS.map((r) => (
              <option key={r} value={r}>
                {place(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-subregion`} className="font-medium">
            {t("subregion")}
          </label>
          <select
            id={`${id}-subregion`}
            value={state.subregion ?? ""}
            onChange={(e) => void setState({ subregion: e.target.value || null })}
            className="field"
          >
            <option value="">{t("allSubregions")}</option>
            {subregions.map((s) => (
              <option key={s} value={s}>
                {place(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-bloc`} className="font-medium">
            {t("bloc")}
          </label>
          <select
            id={`${id}-bloc`}
            value={state.bloc ?? ""}
            onChange={(e) => void setState({ bloc: e.target.value || null })}
            className="field max-w-56"
          >
            <option value="">{t("allGovernments")}</option>
            {blocs.map((b) => (
              <option key={b.slug} value={b.slug}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <EvidenceFilter value={state.evidence} onChange={(evidence) => void setState({ evidence })} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-sort`} className="font-medium">
            {t("sortBy")}
          </label>
          <select
            id={`${id}-sort`}
            value={state.sort ?? "name"}
            className="field max-w-64"
            onChange={(e) => {
              const sort = parseSort(e.target.value);
              void setState({ sort: sort === "name" ? null : sort });
            }}
          >
            <option value="name">{t("sortName")}</option>
            <option value="region">{t("sortRegion")}</option>
            {topics
              .filter((topic) => selected.includes(topic.slug))
              .map((topic) => (
                <option key={topic.slug} value={`score:${topic.slug}`}>
                  {t("sortStance", { topic: topic.title })}
                </option>
              ))}
          </select>
        </div>
        <details className="relative">
          <summary className="btn-secondary cursor-pointer list-none">
            {t("topics", { selected: selected.length, total: topics.length })}
          </summary>
          <fieldset className="absolute z-40 mt-1 w-80 space-y-1 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
            <legend className="sr-only">{t("topicsShown")}</legend>
            {topics.map((topic) => (
              <label key={topic.slug} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={selected.includes(topic.slug)}
                  onChange={(e) => toggleTopic(topic.slug, e.target.checked)}
                  className="mt-1"
                />
                <span>{topic.title}</span>
              </label>
            ))}
          </fieldset>
        </details>
        <label className="flex items-center gap-2 py-1.5">
          <input
            type="checkbox"
            checked={state.only === "positions"}
            onChange={(e) => void setState({ only: e.target.checked ? "positions" : null })}
          />
          {t("withPositions")}
        </label>
        <label className="flex items-center gap-2 py-1.5">
          <input
            type="checkbox"
            checked={state.contested === "true"}
            onChange={(e) => void setState({ contested: e.target.checked ? "true" : null })}
          />
          {t("contestedOnly")}
        </label>
        <label className="flex items-center gap-2 py-1.5">
          <input
            type="checkbox"
            checked={state.compact ?? false}
            onChange={(e) => void setState({ compact: e.target.checked || null })}
          />
          {t("compact")}
        </label>
      </div>
    </div>
  );
}
