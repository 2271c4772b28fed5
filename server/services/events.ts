import "server-only";
import { asc, isNull } from "drizzle-orm";
import { type Database } from "@/db/client";
import { events } from "@/db/schema";

export type EventSummary = { slug: string; name: string; place: string; startDate: string; endDate: string };

/** Events in date order; retired events are left out. */
export function listEvents(db: Database): Promise<EventSummary[]> {
  return db
    .select({ slug: events.slug, name: events.name, place: events.place, startDate: events.startDate, endDate: events.endDate })
    .from(events)
    .where(isNull(events.retiredAt))
    .orderBy(asc(events.startDate), asc(events.slug));
}
