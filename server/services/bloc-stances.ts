import "server-only";
import { type Database } from "@/db/client";
import { type StanceCounts, cohesionOf, countStances, type Cohesion } from "@/server/shared/bloc-cohesion";
import { membersOn } from "@/server/shared/bloc-membership";
import { formatDate } from "@/server/shared/dates";
import { type MatrixTopic } from "@/server/shared/matrix-types";
import { cellKey, cellsAsOf, timeStops, yearsOf } from "@/server/shared/timeline";
import { allBlocPeriods } from "./blocs";
import { NotFoundError } from "@/server/shared/errors";
import { resolveTopics, timeline } from "./matrix";

// How a bloc's members stand, topic by topic: as of a date (with the bloc's cohesion), and at every
// year-end before it, counting the members of each date (a state that joined later is
// not counted before it joined).

export type TopicStances = { topic: MatrixTopic; members: number; counts: StanceCounts; cohesion: Cohesion | null };
export type BlocStop = { date: string; label: string; members: number; counts: Record<string, StanceCounts> };
export type BlocStances = { at: string; topics: TopicStances[]; overTime: BlocStop[] };

export async function blocStances(db: Database, slug: string, at: string): Promise<BlocStances> {
  const [blocs, topics] = await Promise.all([allBlocPeriods(db), resolveTopics(db)]);
  const bloc = blocs.find((b) => b.slug === slug);
  if (!bloc) throw new NotFoundError(`No bloc has the slug ${slug}.`);
  const everMember = new Set(bloc.periods.map((p) => p.iso3));
  const entries = await timeline(
    db,
    topics.map((t) => t.slug),
    { governments: [...everMember], until: at },
  );
  const countsOn = (date: string) => {
    const members = membersOn(bloc.periods, date);
    const cells = cellsAsOf(entries, date);
    const counts = Object.fromEntries(
      topics.map((t) => [t.slug, countStances([...members].map((iso3) => cells.get(cellKey(iso3, t.slug))?.stance))]),
    );
    return { members: members.size, counts };
  };
  const now = countsOn(at);
  // Year-ends (and the date itself): events would crowd a chart per topic.
  const stops = timeStops([], yearsOf(entries), at).filter((stop) => entries.some((e) => e.statedOn <= stop.date));
  return {
    at,
    topics: topics.map((topic) => {
      const counts = now.counts[topic.slug] ?? countStances([]);
      return { topic, members: now.members, counts, cohesion: cohesionOf(counts) };
    }),
    overTime: stops.map((stop) => ({
      date: stop.date,
      label: stop.kind === "today" ? formatDate(stop.date) : stop.label,
      ...countsOn(stop.date),
    })),
  };
}
