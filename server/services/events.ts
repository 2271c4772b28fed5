import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { type Database } from "@/db/client";
import { events } from "@/db/schema";
import { type Translations } from "@/db/schema/translations";
import { NotFoundError } from "@/server/shared/errors";

/** An event as pages show it: its name and place in one language (server/i18n/stored-texts.ts). */
export type EventSummary = { slug: string; name: string; place: string; startDate: string; endDate: string };
/** An event as stored: English, with its translations. */
export type StoredEvent = EventSummary & { translations: Translations<"name" | "place"> };

/** Events in date order; retired events are left out. */
export function listEvents(db: Database): Promise<StoredEvent[]> {
  return db
    .select({
      slug: events.slug,
      name: events.name,
      place: events.place,
      startDate: events.startDate,
      endDate: events.endDate,
      translations: events.translations,
    })
    .from(events)
    .where(isNull(events.retiredAt))
    .orderBy(asc(events.startDate), asc(events.slug));
}

/** One active event; a retired or unknown one is not found. */
export async function getEvent(db: Database, slug: string): Promise<StoredEvent> {
  const [event] = await db
    .select({
      slug: events.slug,
      name: events.name,
      place: events.place,
      startDate: events.startDate,
      endDate: events.endDate,
      translations: events.translations,
    })
    .from(events)
    .where(and(eq(events.slug, slug), isNull(events.retiredAt)));
  if (!event) throw new NotFoundError(`No event has the slug ${slug}.`);
  return event;
}
