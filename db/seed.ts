import { count, sql } from "drizzle-orm";
import { insertApprovedPosition } from "./approved-position";
import { type Database } from "./client";
import { events, governments, positions, topics, users } from "./schema";
import { eventSeeds } from "./seed-data/events";
import { governmentSeeds } from "./seed-data/governments";
import { positionSeeds, WTPF_2013_SOURCE } from "./seed-data/positions";
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
      for (const seed of positionSeeds) {
        const id = await insertApprovedPosition(tx, {
          ...seed,
          sources: [WTPF_2013_SOURCE],
          authorId: SYSTEM_USERS.seed.id,
          reviewerId: SYSTEM_USERS.seed.id,
          reviewReason: "Seed data from a cited source",
        });
        if (id !== null) inserted += 1; // null: another server seeded it a moment ago
      }
    }
    return { governments: govs.length, topics: topicSeeds.length, events: eventSeeds.length, positions: inserted };
  });
}
