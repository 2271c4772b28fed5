import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { type Database, type Transaction } from "@/db/client";
import { auditLog, blocs, events, positions, revisions, topics } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { eventInputSchema, retireSchema, topicInputSchema } from "@/server/schemas/reference-admin";
import { FieldError, NotFoundError } from "@/server/shared/errors";

// Admins create and edit topics and events. A slug that positions use cannot change, and
// nothing is deleted: a topic or event is retired (hidden from pickers) and can be restored.
// Every change is audited; public pages read the tables directly, so they follow at once.

export type ManagedTopic = {
  slug: string;
  title: string;
  description: string;
  multistakeholderPole: string;
  intergovernmentalPole: string;
  retired: boolean;
  positions: number;
};
export type ManagedEvent = {
  slug: string;
  name: string;
  place: string;
  startDate: string;
  endDate: string;
  retired: boolean;
  positions: number;
};

export async function listTopicsForAdmin(db: Database): Promise<ManagedTopic[]> {
  const uses = db
    .select({ slug: positions.topicSlug, n: count().as("n") })
    .from(positions)
    .groupBy(positions.topicSlug)
    .as("uses");
  const rows = await db
    .select({
      slug: topics.slug,
      title: topics.title,
      description: topics.description,
      multistakeholderPole: topics.multistakeholderPole,
      intergovernmentalPole: topics.intergovernmentalPole,
      retiredAt: topics.retiredAt,
      n: uses.n,
    })
    .from(topics)
    .leftJoin(uses, eq(uses.slug, topics.slug))
    .orderBy(asc(topics.sortOrder), asc(topics.title));
  return rows.map(({ retiredAt, n, ...t }) => ({ ...t, retired: retiredAt !== null, positions: Number(n ?? 0) }));
}

export async function listEventsForAdmin(db: Database): Promise<ManagedEvent[]> {
  const uses = db
    .select({ slug: revisions.eventSlug, n: count().as("n") })
    .from(revisions)
    .groupBy(revisions.eventSlug)
    .as("uses");
  const rows = await db
    .select({
      slug: events.slug,
      name: events.name,
      place: events.place,
      startDate: events.startDate,
      endDate: events.endDate,
      retiredAt: events.retiredAt,
      n: uses.n,
    })
    .from(events)
    .leftJoin(uses, eq(uses.slug, events.slug))
    .orderBy(asc(events.startDate));
  return rows.map(({ retiredAt, n, ...e }) => ({ ...e, retired: retiredAt !== null, positions: Number(n ?? 0) }));
}

async function audit(
  tx: Transaction,
  actor: Actor,
  action: string,
  targetType: RetirableKind,
  slug: string,
  details: Record<string, unknown>,
) {
  await tx.insert(auditLog).values({ actorId: actor.id, action, targetType, targetId: slug, details });
}

async function assertSlugFree(tx: Transaction, table: typeof topics | typeof events, slug: string) {
  const [taken] = await tx.select({ slug: table.slug }).from(table).where(eq(table.slug, slug));
  if (taken) throw new FieldError("slug", `The slug ${slug} is already used.`);
}

export async function saveTopic(db: Database, actor: Actor, input: unknown): Promise<{ slug: string }> {
  const { originalSlug, ...topic } = topicInputSchema.parse(input);
  return db.transaction(async (tx) => {
    if (!originalSlug) {
      await assertSlugFree(tx, topics, topic.slug);
      const [last] = await tx.select({ max: sql<number>`coalesce(max(${topics.sortOrder}), 0)` }).from(topics);
      await tx.insert(topics).values({ ...topic, sortOrder: Number(last?.max ?? 0) + 1 });
      await audit(tx, actor, "topic.create", "topic", topic.slug, { title: topic.title });
      return { slug: topic.slug };
    }
    const [existing] = await tx
      .select({ slug: topics.slug })
      .from(topics)
      .where(eq(topics.slug, originalSlug))
      .for("update");
    if (!existing) throw new NotFoundError(`No topic has the slug ${originalSlug}.`);
    if (topic.slug !== originalSlug) {
      const [used] = await tx.select({ n: count() }).from(positions).where(eq(positions.topicSlug, originalSlug));
      if (Number(used?.n ?? 0) > 0)
        throw new FieldError(
          "slug",
          `Positions use the slug ${originalSlug}, so it cannot change (links and data files depend on it).`,
        );
      await assertSlugFree(tx, topics, topic.slug);
    }
    await tx.update(topics).set(topic).where(eq(topics.slug, originalSlug));
    await audit(tx, actor, "topic.update", "topic", topic.slug, {
      previousSlug: originalSlug === topic.slug ? undefined : originalSlug,
    });
    return { slug: topic.slug };
  });
}

export async function saveEvent(db: Database, actor: Actor, input: unknown): Promise<{ slug: string }> {
  const { originalSlug, ...event } = eventInputSchema.parse(input);
  return db.transaction(async (tx) => {
    if (!originalSlug) {
      await assertSlugFree(tx, events, event.slug);
      await tx.insert(events).values(event);
      await audit(tx, actor, "event.create", "event", event.slug, { name: event.name });
      return { slug: event.slug };
    }
    const [existing] = await tx
      .select({ slug: events.slug })
      .from(events)
      .where(eq(events.slug, originalSlug))
      .for("update");
    if (!existing) throw new NotFoundError(`No event has the slug ${originalSlug}.`);
    if (event.slug !== originalSlug) {
      const [used] = await tx.select({ n: count() }).from(revisions).where(eq(revisions.eventSlug, originalSlug));
      if (Number(used?.n ?? 0) > 0)
        throw new FieldError("slug", `Positions name the event ${originalSlug}, so its slug cannot change.`);
      await assertSlugFree(tx, events, event.slug);
    }
    await tx.update(events).set(event).where(eq(events.slug, originalSlug));
    await audit(tx, actor, "event.update", "event", event.slug, {
      previousSlug: originalSlug === event.slug ? undefined : originalSlug,
    });
    return { slug: event.slug };
  });
}

type RetirableKind = "topic" | "event" | "bloc";
const RETIRABLE = { topic: topics, event: events, bloc: blocs } as const;

/** Retires (or restores) a topic, event or bloc: retired ones leave the pickers, the matrix and the API; their positions and periods stay. */
export async function setRetired(db: Database, actor: Actor, kind: RetirableKind, input: unknown): Promise<void> {
  const { slug, retired } = retireSchema.parse(input);
  const table = RETIRABLE[kind];
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(table)
      .set({ retiredAt: retired ? new Date() : null })
      .where(eq(table.slug, slug))
      .returning({ slug: table.slug });
    if (!row) throw new NotFoundError(`No ${kind} has the slug ${slug}.`);
    await audit(tx, actor, `${kind}.${retired ? "retire" : "restore"}`, kind, slug, {});
  });
}
