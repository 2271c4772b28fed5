import "server-only";
import { asc, count, desc, eq } from "drizzle-orm";
import { type FlagStatus, type Stance } from "@/db/enums";
import { type Database } from "@/db/client";
import { auditLog, flags, governments, positions, topics, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { flagSchema, resolveFlagSchema } from "@/server/schemas/contests";
import { ConflictError, NotFoundError } from "@/server/shared/errors";
import { markContested } from "./contests";
import { consumeRateLimit, RATE_LIMITS } from "./rate-limits";

// Readers flag positions that may be wrong; moderators work through the flags oldest first and
// resolve each: contest the position (the note becomes its public note), say it was edited, or
// dismiss the flag. The reader sees how their flag ended on their account page.

export type FlagItem = {
  id: number;
  createdAt: string;
  reason: string;
  by: string;
  position: {
    id: number;
    iso3: string;
    government: string;
    topic: string;
    topicTitle: string;
    statedOn: string;
    stance: Stance | null;
    contestedNote: string | null;
  };
  /** Other open flags of the same position. */
  alsoFlagged: number;
};

export const FLAGS_SHOWN = 50;

/** Flags a published position; one open flag per reader and position. Counts against the reader's write limit. */
export async function flagPosition(db: Database, actor: Actor, input: unknown): Promise<{ flagId: number }> {
  const { positionId, reason } = flagSchema.parse(input);
  const [position] = await db
    .select({ published: positions.published })
    .from(positions)
    .where(eq(positions.id, positionId));
  if (!position?.published) throw new NotFoundError(`No published position has the id ${positionId}.`);
  await consumeRateLimit(db, RATE_LIMITS.flagsPerUser, actor.id);
  const [row] = await db
    .insert(flags)
    .values({ positionId, authorId: actor.id, reason })
    .onConflictDoNothing()
    .returning({ id: flags.id });
  if (!row) throw new ConflictError("You have already flagged this position; a moderator will look at your flag.");
  return { flagId: row.id };
}

export async function flagQueue(db: Database): Promise<{ items: FlagItem[]; total: number }> {
  const open = eq(flags.status, "open");
  const [rows, [total], perPosition] = await Promise.all([
    db
      .select({
        id: flags.id,
        createdAt: flags.createdAt,
        reason: flags.reason,
        by: users.name,
        positionId: positions.id,
        iso3: positions.governmentIso3,
        government: governments.name,
        topic: positions.topicSlug,
        topicTitle: topics.title,
        statedOn: positions.statedOn,
        stance: positions.stance,
        contestedNote: positions.contestedNote,
      })
      .from(flags)
      .innerJoin(positions, eq(positions.id, flags.positionId))
      .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
      .innerJoin(topics, eq(topics.slug, positions.topicSlug))
      .innerJoin(users, eq(users.id, flags.authorId))
      .where(open)
      .orderBy(asc(flags.createdAt), asc(flags.id))
      .limit(FLAGS_SHOWN),
    db.select({ n: count() }).from(flags).where(open),
    db.select({ positionId: flags.positionId, n: count() }).from(flags).where(open).groupBy(flags.positionId),
  ]);
  const openOf = new Map(perPosition.map((p) => [p.positionId, p.n]));
  const items = rows.map((r): FlagItem => ({
    id: r.id,
    createdAt: r.createdAt.toISOString(),
    reason: r.reason,
    by: r.by ?? "a reader",
    position: {
      id: r.positionId,
      iso3: r.iso3,
      government: r.government,
      topic: r.topic,
      topicTitle: r.topicTitle,
      statedOn: r.statedOn,
      stance: r.stance,
      contestedNote: r.contestedNote,
    },
    alsoFlagged: (openOf.get(r.positionId) ?? 1) - 1,
  }));
  return { items, total: total?.n ?? 0 };
}

/** Resolves one open flag; "contested" also marks its position contested with the note. */
export async function resolveFlag(db: Database, moderator: Actor, input: unknown): Promise<void> {
  const { flagId, outcome, note } = resolveFlagSchema.parse(input);
  await db.transaction(async (tx) => {
    const [flag] = await tx
      .select({ status: flags.status, positionId: flags.positionId, by: users.name })
      .from(flags)
      .leftJoin(users, eq(users.id, flags.resolvedBy))
      .where(eq(flags.id, flagId))
      .for("update", { of: flags });
    if (!flag) throw new NotFoundError(`No flag has the id ${flagId}.`);
    if (flag.status !== "open")
      throw new ConflictError(
        `Someone got there first: this flag was already resolved (${flag.status})${flag.by ? ` by ${flag.by}` : ""}.`,
      );
    if (outcome === "contested") await markContested(tx, moderator, flag.positionId, note);
    await tx
      .update(flags)
      .set({ status: outcome, resolvedBy: moderator.id, resolvedAt: new Date(), resolutionNote: note })
      .where(eq(flags.id, flagId));
    await tx.insert(auditLog).values({
      actorId: moderator.id,
      action: "flag.resolve",
      targetType: "flag",
      targetId: String(flagId),
      reason: note,
      details: { positionId: flag.positionId, outcome },
    });
  });
}

export type MyFlag = {
  id: number;
  createdAt: string;
  reason: string;
  status: FlagStatus;
  resolutionNote: string | null;
  position: { id: number; government: string; topicTitle: string };
};

/** A reader's own flags, newest first, with how each ended. */
export async function myFlags(db: Database, actor: Actor): Promise<MyFlag[]> {
  const rows = await db
    .select({
      id: flags.id,
      createdAt: flags.createdAt,
      reason: flags.reason,
      status: flags.status,
      resolutionNote: flags.resolutionNote,
      positionId: positions.id,
      government: governments.name,
      topicTitle: topics.title,
    })
    .from(flags)
    .innerJoin(positions, eq(positions.id, flags.positionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .where(eq(flags.authorId, actor.id))
    .orderBy(desc(flags.createdAt), desc(flags.id))
    .limit(100);
  return rows.map(({ positionId, government, topicTitle, createdAt, ...r }) => ({
    ...r,
    createdAt: createdAt.toISOString(),
    position: { id: positionId, government, topicTitle },
  }));
}
