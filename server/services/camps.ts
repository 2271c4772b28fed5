import "server-only";
import { type Database } from "@/db/client";
import { type DatePrecision, type Stance } from "@/db/enums";
import { type RecordLink, recordsOfPosition } from "@/db/dataset/record-pages/record-reading";
import { type CampsQuery } from "@/server/schemas/camps";
import { type CampYear, campPaths, campYears, whoMoved } from "@/server/shared/camps/camp-paths";
import {
  CAMP_THRESHOLD,
  CAMPS,
  type Camp,
  MIN_TOPICS,
  type Placement,
  placementsAsOf,
} from "@/server/shared/camps/camp-rule";
import { todayUtc } from "@/server/shared/dates";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { blocMembersOn } from "./blocs";
import { listGovernments } from "./governments";
import { resolveTopics, timeline } from "./matrix";

// /camps: where every government on record on enough topics sits on the multistakeholder–intergovernmental
// axis as of a date, its camp year by year, and who changed camp between two dates (server/shared/camps/).

export type PlacedGovernment = Placement & { name: string; region: string; path: (Camp | null)[] };
export type MovePosition = {
  id: number;
  topic: string;
  stance: Stance;
  statedOn: string;
  datePrecision: DatePrecision;
  records: RecordLink[];
};
export type MovedGovernment = {
  iso3: string;
  name: string;
  from: Placement;
  to: Placement;
  positions: MovePosition[];
  /** Positions that stopped counting in between (a membership left), with the day they ended. */
  ended: (MovePosition & { endedOn: string })[];
};

export type CampsAnswer = {
  at: string;
  from: string;
  to: string;
  rule: { threshold: number; minTopics: number };
  counts: Record<Camp, number>;
  years: CampYear[];
  /** Placed as of `at`, most multistakeholder first; `path`: its camp at each of `years`' ends. */
  governments: PlacedGovernment[];
  /** Every year's placements, for the strip chart: one dot per government per year. */
  strip: { year: string; iso3: string; mean: number; camp: Camp }[];
  moved: MovedGovernment[];
};

const movePosition = (e: TimelineEntry): MovePosition => ({
  id: e.positionId,
  topic: e.topic,
  stance: e.stance,
  statedOn: e.statedOn,
  datePrecision: e.datePrecision,
  records: recordsOfPosition(e.iso3, e.topic, e.statedOn),
});

/** The same day `years` earlier (29 February: the 28th). */
const yearsBefore = (date: string, years: number) => {
  const day = `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;
  return day.endsWith("-02-29") ? `${day.slice(0, 8)}28` : day;
};

export async function campsAsOf(db: Database, query: CampsQuery = {}): Promise<CampsAnswer> {
  const at = query.at ?? todayUtc();
  const to = query.to ?? at;
  const from = query.from ?? yearsBefore(to, 3);
  const [topics, all, members] = await Promise.all([
    resolveTopics(db),
    listGovernments(db, query.region ? { region: query.region } : {}),
    query.bloc ? blocMembersOn(db, query.bloc, at) : null,
  ]);
  const governments = members ? all.filter((g) => members.has(g.iso3)) : all;
  const shown = new Set(governments.map((g) => g.iso3));
  const entries = (
    await timeline(
      db,
      topics.map((t) => t.slug),
    )
  ).filter((e) => shown.has(e.iso3));
  const years = campYears(entries, at);
  const paths = campPaths(entries, years);
  const placed = placementsAsOf(entries, at);
  const byIso3 = new Map(governments.map((g) => [g.iso3, g]));
  const named = (iso3: string) => byIso3.get(iso3)?.name ?? iso3;
  const counts = Object.fromEntries(CAMPS.map((camp) => [camp, 0])) as Record<Camp, number>;
  for (const p of placed.values()) counts[p.camp] += 1;
  return {
    at,
    from,
    to,
    rule: { threshold: CAMP_THRESHOLD, minTopics: MIN_TOPICS },
    counts,
    years,
    governments: [...placed.values()]
      .map((p) => ({
        ...p,
        name: named(p.iso3),
        region: byIso3.get(p.iso3)?.region ?? "",
        path: (paths.get(p.iso3) ?? []).map((y) => y?.camp ?? null),
      }))
      .sort((a, b) => a.mean - b.mean || a.name.localeCompare(b.name)),
    strip: years.flatMap((y, i) =>
      [...paths].flatMap(([iso3, path]) => {
        const p = path[i];
        return p ? [{ year: y.year, iso3, mean: p.mean, camp: p.camp }] : [];
      }),
    ),
    moved: whoMoved(entries, from, to)
      .map((move) => ({
        iso3: move.iso3,
        name: named(move.iso3),
        from: move.from,
        to: move.to,
        positions: move.positions.map(movePosition),
        ended: move.ended.map((e) => ({ ...movePosition(e), endedOn: e.endedOn ?? "" })),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
