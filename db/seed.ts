import { count, eq, sql } from "drizzle-orm";
import { type Database } from "./client";
import { events, governments, positions, revisions, topics, users } from "./schema";
import { eventSeeds } from "./seed-data/events";
import { governmentSeeds } from "./seed-data/governments";
import { type PositionSeed, positionSeeds, WTPF_2013_SOURCE } from "./seed-data/positions";
import { topicSeeds } from "./seed-data/topics";
import { SYSTEM_USERS } from "./system-users";

// Loads the reference data every database needs, and the cited demo positions into a
// database that has none. Safe to run any number of times, by several servers at once.

export type SeedReport = { governments: number; topics: number; events: number; positions: number };

export async function seedDatabase(db: Database): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const govs = governmentSeeds();
    // Governments follow the packages they come from; topics and events belong to admins once seeded.
    await tx
      .insert(governments)
      .values(govs)
      .onConflictDoUpdate({
        target: governments.iso3,
        set: {
          name: sql`excluded.name`,
          officialName: sql`excluded.official_name`,
          m49: sql`excluded.m49`,
          region: sql`excluded.region`,
          subregion: sql`excluded.subregion`,
          unStatus: sql`excluded.un_status`,
        },
      });
    await tx
      .insert(topics)
      .values(topicSeeds.map((t, i) => ({ ...t, sortOrder: i })))
      .onConflictDoNothing();
    await tx.insert(events).values([...eventSeeds]).onConflictDoNothing();
    await tx
      .insert(users)
      .values(Object.values(SYSTEM_USERS).map((u) => ({ ...u, system: true })))
      .onConflictDoNothing();

    const [existing] = await tx.select({ n: count() }).from(positions);
    let inserted = 0;
    if (existing?.n === 0) {
      for (const seed of positionSeeds) inserted += await insertApprovedPosition(tx, seed);
    }
    return { governments: govs.length, topics: topicSeeds.length, events: eventSeeds.length, positions: inserted };
  });
}

async function insertApprovedPosition(tx: Database, seed: PositionSeed): Promise<number> {
  const [position] = await tx
    .insert(positions)
    .values({ governmentIso3: seed.government, topicSlug: seed.topic, statedOn: seed.statedOn })
    .onConflictDoNothing()
    .returning({ id: positions.id });
  if (!position) return 0; // another server seeded it a moment ago
  const [revision] = await tx
    .insert(revisions)
    .values({
      positionId: position.id,
      authorId: SYSTEM_USERS.seed.id,
      stance: seed.stance,
      statedOn: seed.statedOn,
      eventSlug: seed.event,
      summary: seed.summary,
      sources: [WTPF_2013_SOURCE],
      status: "approved",
      reviewerId: SYSTEM_USERS.seed.id,
      reviewedAt: new Date(),
      reviewReason: "Seed data from a cited source",
    })
    .returning({ id: revisions.id });
  if (!revision) throw new Error("Inserting a seed revision returned nothing");
  await tx
    .update(positions)
    .set({ published: true, currentRevisionId: revision.id, stance: seed.stance, eventSlug: seed.event })
    .where(eq(positions.id, position.id));
  return 1;
}
