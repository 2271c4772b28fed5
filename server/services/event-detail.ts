import "server-only";
import { type Database } from "@/db/client";
import { type Stance } from "@/db/enums";
import { countStances, type StanceCounts } from "@/server/shared/bloc-cohesion";
import { type MatrixTopic } from "@/server/shared/matrix-types";
import { cellKey, cellsAsOf } from "@/server/shared/timeline";
import { getEvent, type StoredEvent } from "./events";
import { listGovernments } from "./governments";
import { resolveTopics, timeline } from "./matrix";
import { listPositions, type PublicPosition } from "./positions";

// An event and what it moved: every position stated at it, and on each topic those positions are on,
// the stances of all governments the day before it began and on its last day, with who changed.

export type StanceChange = { iso3: string; name: string; from: Stance | null; to: Stance | null };
export type TopicMovement = { topic: MatrixTopic; before: StanceCounts; after: StanceCounts; changed: StanceChange[] };
export type EventDetail = {
  event: StoredEvent;
  before: string;
  after: string;
  positions: PublicPosition[];
  movements: TopicMovement[];
};

/** The day before a YYYY-MM-DD date. */
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export async function eventDetail(db: Database, slug: string): Promise<EventDetail> {
  const event = await getEvent(db, slug);
  const [stated, topics, governments] = await Promise.all([
    listPositions(db, { event: slug }),
    resolveTopics(db),
    listGovernments(db),
  ]);
  const moved = topics.filter((t) => stated.some((p) => p.topic === t.slug));
  const before = dayBefore(event.startDate);
  const entries = await timeline(
    db,
    moved.map((t) => t.slug),
  );
  const [then, now] = [cellsAsOf(entries, before), cellsAsOf(entries, event.endDate)];
  const movements = moved.map((topic) => {
    const stanceIn = (cells: typeof then, iso3: string) => cells.get(cellKey(iso3, topic.slug))?.stance ?? null;
    return {
      topic,
      before: countStances(governments.map((g) => stanceIn(then, g.iso3))),
      after: countStances(governments.map((g) => stanceIn(now, g.iso3))),
      changed: governments
        .map((g) => ({ iso3: g.iso3, name: g.name, from: stanceIn(then, g.iso3), to: stanceIn(now, g.iso3) }))
        .filter((change) => change.from !== change.to),
    };
  });
  return { event, before, after: event.endDate, positions: stated, movements };
}
