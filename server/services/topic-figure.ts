import { type Database } from "@/db/client";
import { type Stance } from "@/db/enums";
import { countStances } from "@/server/shared/bloc-cohesion";
import { formatDate } from "@/server/shared/dates";
import { stanceColumns } from "@/server/shared/stance-columns";
import { cellKey, cellsAsOf, topicStops } from "@/server/shared/timeline";
import { listEvents } from "./events";
import { governmentDirectory } from "./governments";
import { timeline } from "./matrix";
import { getTopic } from "./topics";

// What a topic's map and chart show as of a date, for its page, its embed, its preview image and
// its PNG and SVG files: each government's stance on the date, and the counts at each stance at
// every year-end and event (where positions on it were stated) up to the date.

export type TopicFigure = Awaited<ReturnType<typeof topicFigure>>;

export async function topicFigure(db: Database, slug: string, at: string, today: string) {
  const topic = await getTopic(db, slug);
  const [entries, events, governments] = await Promise.all([
    timeline(db, [slug]),
    listEvents(db),
    governmentDirectory(db),
  ]);
  const upToDate = entries.filter((e) => e.statedOn <= at);
  const cells = cellsAsOf(upToDate, at);
  const stances: [string, Stance][] = governments.flatMap((g) => {
    const cell = cells.get(cellKey(g.iso3, slug));
    return cell ? [[g.iso3, cell.stance] satisfies [string, Stance]] : [];
  });
  const contested = governments.flatMap((g) => (cells.get(cellKey(g.iso3, slug))?.contested ? [g.iso3] : []));
  const stops = topicStops(entries, events, at, today);
  return {
    topic: { slug: topic.slug, title: topic.title, description: topic.description, translations: topic.translations },
    at,
    asOf: formatDate(at),
    governments: governments.map(({ iso3, name, m49 }) => ({ iso3, name, m49 })),
    stances,
    /** Governments whose position shown is contested. */
    contested,
    counts: countStances(stances.map(([, stance]) => stance)),
    columns: stanceColumns(upToDate, stops, slug),
    events,
  };
}
