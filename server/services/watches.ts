import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { type WatchKind } from "@/db/enums";
import { type Database } from "@/db/client";
import { governments, positions, topics, watches, watchFeeds, users } from "@/db/schema";
import { type Actor } from "@/server/auth/access";
import { feedTokenSchema, setWatchSchema, type WatchTarget, watchTargetSchema } from "@/server/schemas/watches";
import { NotFoundError } from "@/server/shared/errors";
import { type Change, watchedChanges } from "./recent-changes";

// Watchlists: a signed-in reader watches governments, topics and positions, and follows their
// approved changes on /me/watchlist and in a private Atom feed whose address holds a secret token
// (only its SHA-256 is stored; a new one replaces it; turning the feed off deletes it).

export type WatchedItem = { kind: WatchKind; target: string; name: string; href: string; since: string };

export const WATCHLIST_CHANGES = 50;

/** The name and page of what a watch names; not found if it does not exist (or, for a position, is not public). */
async function describeTarget(db: Database, { kind, target }: WatchTarget): Promise<{ name: string; href: string }> {
  if (kind === "government") {
    const [row] = await db
      .select({ iso3: governments.iso3, name: governments.name })
      .from(governments)
      .where(eq(governments.iso3, target.toUpperCase()));
    if (row) return { name: row.name, href: `/governments/${row.iso3}` };
  } else if (kind === "topic") {
    const [row] = await db.select({ title: topics.title }).from(topics).where(eq(topics.slug, target));
    if (row) return { name: row.title, href: `/topics/${target}` };
  } else if (/^\d{1,9}$/.test(target)) {
    const [row] = await db
      .select({ government: governments.name, topic: topics.title, published: positions.published })
      .from(positions)
      .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
      .innerJoin(topics, eq(topics.slug, positions.topicSlug))
      .where(eq(positions.id, Number(target)));
    if (row?.published) return { name: `${row.government} on ${row.topic}`, href: `/positions/${target}` };
  }
  throw new NotFoundError(`There is no ${kind} ${target} to watch.`);
}

/** The stored form of a target: a government's code in capitals. */
const normalised = ({ kind, target }: WatchTarget): WatchTarget => ({
  kind,
  target: kind === "government" ? target.toUpperCase() : target,
});

/** Watches or unwatches; doing what is already done is not an error (two tabs, a double click). */
export async function setWatch(db: Database, actor: Actor, input: unknown): Promise<{ watching: boolean }> {
  const { watching, ...target } = setWatchSchema.parse(input);
  const { kind, target: key } = normalised(target);
  if (watching) {
    await describeTarget(db, { kind, target: key });
    await db.insert(watches).values({ userId: actor.id, kind, target: key }).onConflictDoNothing();
  } else {
    await db.delete(watches).where(and(eq(watches.userId, actor.id), eq(watches.kind, kind), eq(watches.target, key)));
  }
  return { watching };
}

export async function isWatching(db: Database, actor: Actor, input: unknown): Promise<boolean> {
  const { kind, target } = normalised(watchTargetSchema.parse(input));
  const [row] = await db
    .select({ id: watches.id })
    .from(watches)
    .where(and(eq(watches.userId, actor.id), eq(watches.kind, kind), eq(watches.target, target)));
  return row !== undefined;
}

/** What the reader watches (newest first) and the approved changes to it. */
export async function myWatchlist(
  db: Database,
  actor: Actor,
): Promise<{ items: WatchedItem[]; changes: Change[]; feed: boolean }> {
  const [rows, changes, [feed]] = await Promise.all([
    db
      .select({ kind: watches.kind, target: watches.target, createdAt: watches.createdAt })
      .from(watches)
      .where(eq(watches.userId, actor.id))
      .orderBy(desc(watches.createdAt), desc(watches.id)),
    watchedChanges(db, actor.id, WATCHLIST_CHANGES),
    db.select({ userId: watchFeeds.userId }).from(watchFeeds).where(eq(watchFeeds.userId, actor.id)),
  ]);
  const items = await Promise.all(
    rows.map(async (row): Promise<WatchedItem | null> => {
      const described = await describeTarget(db, row).catch(() => null); // a position withdrawn since is left out
      return described && { kind: row.kind, target: row.target, ...described, since: row.createdAt.toISOString() };
    }),
  );
  return { items: items.filter((item): item is WatchedItem => item !== null), changes, feed: feed !== undefined };
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new secret for the reader's private feed, replacing any earlier one (whose address stops working). Shown once. */
export async function newFeedToken(db: Database, actor: Actor): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insert(watchFeeds)
    .values({ userId: actor.id, tokenHash: hashToken(token) })
    .onConflictDoUpdate({ target: watchFeeds.userId, set: { tokenHash: hashToken(token), createdAt: new Date() } });
  return { token };
}

/** Turns the private feed off: its address answers 404 from now on. */
export async function revokeFeedToken(db: Database, actor: Actor): Promise<void> {
  await db.delete(watchFeeds).where(eq(watchFeeds.userId, actor.id));
}

/** The feed's changes for a token, or not found for an unknown, revoked or malformed one (or a banned account). */
export async function feedByToken(db: Database, token: string): Promise<{ name: string; changes: Change[] }> {
  const parsed = feedTokenSchema.safeParse(token);
  if (!parsed.success) throw new NotFoundError("No feed has this address.");
  const [owner] = await db
    .select({ id: users.id, name: users.name, bannedAt: users.bannedAt })
    .from(watchFeeds)
    .innerJoin(users, eq(users.id, watchFeeds.userId))
    .where(eq(watchFeeds.tokenHash, hashToken(parsed.data)));
  if (!owner || owner.bannedAt) throw new NotFoundError("No feed has this address.");
  return { name: owner.name ?? "", changes: await watchedChanges(db, owner.id, WATCHLIST_CHANGES) };
}
