"use client";

import { lazy, Suspense, useCallback, useMemo } from "react";
import { useTranslations } from "next-intl";
import { membersOn } from "@/server/shared/bloc-membership";
import { decodeCells, decodeGovernments } from "@/server/shared/matrix-codec";
import { matrixCellsUrl } from "@/server/shared/matrix-state";
import { type GridCell } from "@/server/shared/matrix-types";
import { applyMatrixView } from "@/server/shared/matrix-view";
import { usePolesSentence } from "@/app/_components/use-poles-sentence";
import { cellKey, timeStops } from "@/server/shared/timeline";
import { EmptyState } from "@/app/_components/empty-state";
import { useHydrated } from "@/app/_components/use-hydrated";
import { useDates } from "@/app/_components/use-dates";
import { EmbedButton } from "@/app/_components/embed-button";
import { MatrixDownloads } from "./matrix-downloads";
import { MatrixFilters } from "./matrix-filters";
import { MatrixGrid, type GridRow, type GridTopic } from "./matrix-grid";
import { type MatrixData } from "./matrix-data";
import { MatrixTabs } from "./matrix-tabs";
import { TimeControl } from "./time-control";
import { useMatrixCells } from "./use-matrix-cells";
import { useMatrixState } from "./use-matrix-state";
import { serializeMatrixParams } from "@/server/shared/url-state/matrix";

// The map, the chart and a cell's evidence are loaded when a reader asks for them, not with the
// page, and only in the browser (React.lazy: next/dynamic would add 2 kB of its own to the page).
const MatrixMap = lazy(() => import("./matrix-map"));
const TopicChart = lazy(() => import("./topic-chart"));
const CellDetailDialog = lazy(() => import("./cell-detail-dialog"));
// What only the blocs tab, and the map and chart tabs, show loads with the tab.
const BlocRows = lazy(() => import("./bloc-rows").then((m) => ({ default: m.BlocRows })));
const FigureDownloads = lazy(() =>
  import("@/app/_charts/figure-downloads").then((m) => ({ default: m.FigureDownloads })),
);

const MapLoading = ({ label }: { label: string }) => (
  <div className="aspect-[96/50] w-full animate-pulse rounded-lg bg-slate-200" aria-label={label} />
);
const ChartLoading = ({ label }: { label: string }) => (
  <div className="aspect-[72/28] w-full max-w-4xl animate-pulse rounded-lg bg-slate-200" aria-label={label} />
);

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** The comparison matrix, its time control, filters, tabs and cell detail: one client island. */
export function MatrixExplorer({ data, search }: { data: MatrixData; search: string }) {
  const [state, setState] = useMatrixState(search);
  const t = useTranslations("matrix");
  const { day } = useDates();
  const polesSentence = usePolesSentence();
  // The lazily loaded parts render once the page has hydrated (a shared URL may open the map or a cell).
  const hydrated = useHydrated();
  const at = state.at ?? data.today;
  const tab = state.tab ?? "table";
  const governments = useMemo(() => decodeGovernments(data.governments), [data.governments]);
  // Columns in the order chosen (the URL's, or the default's: the topics with the most data first).
  const topics: GridTopic[] = useMemo(
    () =>
      data.selected.flatMap((slug) =>
        data.topics.filter((t) => t.slug === slug).map((t) => ({ ...t, poles: data.poles[slug] })),
      ),
    [data.topics, data.selected, data.poles],
  );
  const eventNames = useMemo(() => new Map(data.events.map((e) => [e.slug, e])), [data.events]);
  const stops = useMemo(() => timeStops(data.events, data.years, data.today), [data.events, data.years, data.today]);
  const rendered = useMemo(
    () => ({
      url: matrixCellsUrl(data.cellsAt, data.selected, data.evidence),
      cells: decodeCells(
        data.cells,
        governments.map((g) => g.iso3),
        data.selected,
      ),
    }),
    [data.cellsAt, data.selected, data.evidence, data.cells, governments],
  );
  const { cells, changed, loading, error } = useMatrixCells(at, data.selected, stops, state.evidence, rendered);

  const bloc = data.blocs.find((b) => b.slug === state.bloc) ?? null;
  // The bloc's members as of the date shown: a state that joined later, or had left, is not in it.
  const members = useMemo(() => (bloc ? membersOn(bloc.periods, at) : null), [bloc, at]);
  const rows: GridRow[] = useMemo(() => {
    const all = governments.map((g) => ({
      ...g,
      cells: Object.fromEntries(topics.map((t) => [t.slug, cells.get(cellKey(g.iso3, t.slug)) ?? null])),
    }));
    return applyMatrixView(all, state, members);
  }, [governments, topics, cells, state, members]);

  const subregions = useMemo(
    () =>
      [
        ...new Set(governments.filter((g) => !state.region || g.region === state.region).map((g) => g.subregion)),
      ].sort(),
    [governments, state.region],
  );
  const focusTopic = topics.find((t) => t.slug === state.topic) ?? topics[0];
  const setAt = useCallback(
    (date: string) => void setState({ at: date === data.today ? null : date }),
    [setState, data.today],
  );
  const open = useCallback((iso3: string, topic: string) => void setState({ cell: `${iso3}.${topic}` }), [setState]);

  const [openIso3, openTopic] = state.cell?.split(".") ?? [];
  const openGovernment = governments.find((g) => g.iso3 === openIso3) ?? null;
  const openTopicEntry = data.topics.find((t) => t.slug === openTopic) ?? null;

  const mapCells = useMemo(() => {
    const byIso = new Map<string, GridCell | null>();
    for (const row of rows) byIso.set(row.iso3, focusTopic ? (row.cells[focusTopic.slug] ?? null) : null);
    return byIso;
  }, [rows, focusTopic]);

  return (
    // The matrix hydrates after the page around it (it sits in a Suspense boundary): it says when it has.
    <div className="space-y-3 sm:space-y-4" data-island={hydrated ? "hydrated" : "pending"}>
      <TimeControl at={at} stops={stops} newest={data.newest} onChange={setAt} />
      <MatrixFilters
        state={state}
        setState={setState}
        topics={data.topics}
        selected={data.selected}
        subregions={subregions}
        blocs={data.blocs}
        placeNames={data.placeNames}
      />
      {state.bloc && !bloc && (
        <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("noSuchBloc", { slug: state.bloc })}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2 sm:gap-3">
        <MatrixTabs tab={tab} onChange={(next) => void setState({ tab: next === "table" ? null : next })} />
        <p className="text-sm text-slate-600" aria-live="polite">
          {tab === "blocs"
            ? t.rich("statusBlocs", { count: data.blocs.length, date: day(at), strong })
            : bloc
              ? t.rich("statusInBloc", {
                  shown: rows.length,
                  total: governments.length,
                  bloc: bloc.name,
                  date: day(at),
                  strong,
                })
              : t.rich("status", { shown: rows.length, total: governments.length, date: day(at), strong })}
          {changed.since &&
            changed.keys.size > 0 &&
            ` · ${t("changedSince", { count: changed.keys.size, date: day(changed.since) })}`}
          {loading && ` · ${t("updating")}`}
        </p>
        <div className="flex flex-wrap gap-2">
          <MatrixDownloads state={state} at={at} selected={data.selected} allTopics={data.topics.length} />
          <EmbedButton
            title={t("embedTitle")}
            views={[
              {
                label: t("embedThisView"),
                src: `/embed/matrix${serializeMatrixParams({ ...state, cell: null })}`,
                height: 760,
              },
            ]}
          />
        </div>
      </div>
      {(tab === "map" || tab === "chart") && focusTopic && (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {topics.length > 1 && (
            <label className="flex max-w-full min-w-0 items-center gap-2 text-sm">
              <span className="font-medium">{t("topic")}</span>
              <select
                value={focusTopic.slug}
                onChange={(e) => void setState({ topic: e.target.value })}
                className="field max-w-full min-w-0"
              >
                {topics.map((t) => (
                  <option key={t.slug} value={t.slug}>
                    {t.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {/* The files show every government, whatever the filters. */}
          <Suspense fallback={null}>
            <FigureDownloads slug={focusTopic.slug} kind={tab} at={at} />
          </Suspense>
          {focusTopic.poles && <p className="w-full text-sm text-slate-600">{polesSentence.rich(focusTopic.poles)}</p>}
        </div>
      )}
      <div role="tabpanel" aria-label={t(`tabs.${tab}`)}>
        {error ? (
          <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
            {t("loadError")}
          </p>
        ) : tab === "blocs" ? (
          <Suspense fallback={<p className="text-sm text-slate-600">{t("updating")}</p>}>
            <BlocRows blocs={data.blocs} topics={topics} cells={cells} at={at} />
          </Suspense>
        ) : rows.length === 0 ? (
          <EmptyState>
            {t("noMatch")}{" "}
            <button
              type="button"
              className="underline"
              onClick={() => void setState({ q: null, region: null, subregion: null, only: null, bloc: null })}
            >
              {t("clearFilters")}
            </button>
          </EmptyState>
        ) : tab === "map" && focusTopic ? (
          hydrated ? (
            <Suspense fallback={<MapLoading label={t("loadingMap")} />}>
              <MatrixMap
                governments={governments}
                cells={mapCells}
                topicTitle={focusTopic.title}
                onOpen={(iso3) => open(iso3, focusTopic.slug)}
              />
            </Suspense>
          ) : (
            <MapLoading label={t("loadingMap")} />
          )
        ) : tab === "chart" && focusTopic ? (
          hydrated ? (
            <Suspense fallback={<ChartLoading label={t("loadingChart")} />}>
              <TopicChart
                topic={focusTopic}
                stops={stops}
                events={data.events}
                evidence={state.evidence}
                governments={rows}
              />
            </Suspense>
          ) : (
            <ChartLoading label={t("loadingChart")} />
          )
        ) : (
          <MatrixGrid
            rows={rows}
            topics={topics}
            at={at}
            compact={state.compact ?? false}
            placeNames={data.placeNames}
            changed={changed.keys}
            onOpen={open}
          />
        )}
      </div>
      {hydrated && openGovernment && openTopicEntry && (
        <Suspense fallback={null}>
          <CellDetailDialog
            government={openGovernment}
            topic={openTopicEntry}
            poles={data.poles[openTopicEntry.slug]}
            cell={cells.get(cellKey(openGovernment.iso3, openTopicEntry.slug)) ?? null}
            at={at}
            eventNames={eventNames}
            onClose={() => void setState({ cell: null })}
          />
        </Suspense>
      )}
    </div>
  );
}
