import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { events, governments, topics } from "@/db/schema";
import { FieldError } from "@/server/shared/errors";

// What a proposal names, as the picker sent it (a code or a name, a slug or a title),
// resolved to rows that exist; anything else is an error next to that field.

export type ProposalReferences = {
  iso3: string;
  governmentName: string;
  topicSlug: string;
  topicTitle: string;
  eventSlug: string | null;
};

export async function resolveReferences(
  db: Database,
  input: { government: string; topic: string; event: string | null },
): Promise<ProposalReferences> {
  const government = input.government.trim();
  const [gov] = await db
    .select({ iso3: governments.iso3, name: governments.name })
    .from(governments)
    .where(or(eq(governments.iso3, government.toUpperCase()), sql`lower(${governments.name}) = lower(${government})`));
  if (!gov) throw new FieldError("government", `No government is called “${government}”. Choose one from the list.`);

  const [topic] = await db
    .select({ slug: topics.slug, title: topics.title })
    .from(topics)
    .where(
      and(
        isNull(topics.retiredAt),
        or(eq(topics.slug, input.topic), sql`lower(${topics.title}) = lower(${input.topic})`),
      ),
    );
  if (!topic) throw new FieldError("topic", `No open topic is called “${input.topic}”. Choose one from the list.`);

  let eventSlug: string | null = null;
  if (input.event) {
    const [event] = await db
      .select({ slug: events.slug })
      .from(events)
      .where(
        and(
          isNull(events.retiredAt),
          or(eq(events.slug, input.event), sql`lower(${events.name}) = lower(${input.event})`),
        ),
      );
    if (!event)
      throw new FieldError("event", `No event is called “${input.event}”. Choose one from the list, or none.`);
    eventSlug = event.slug;
  }
  return { iso3: gov.iso3, governmentName: gov.name, topicSlug: topic.slug, topicTitle: topic.title, eventSlug };
}
