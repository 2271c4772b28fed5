import { and, eq, sql } from "drizzle-orm";
import { type Database, type Transaction } from "./client";
import { blocMemberships, blocs, events, governments, topics, users } from "./schema";
import { BLOC_SEEDS, FOC_COVERAGE_NOTE_V1, membershipSeeds } from "./dataset/bloc-seeds";
import { eventSeeds } from "./seed-data/events";
import { governmentSeeds } from "./seed-data/governments";
import { TOPIC_POLES_V1, topicSeeds } from "./seed-data/topics";
import { seedTranslations } from "./seed-translations";
import { SYSTEM_USERS } from "./system-users";

// The reference data every database needs (governments, topics, events, blocs, system accounts).
// The reference dataset of positions is loaded on top by server/services/seed.ts, through the
// same import path moderators use. Safe to run any number of times, by several servers at once.

export type ReferenceCounts = { governments: number; topics: number; events: number };

/**
 * Method v2 rewords two topics' poles and corrects the FOC's coverage note. Admins own these
 * once seeded, so a text changes only where it is still the one v1 seeded: an edit stands.
 */
async function upgradeSeededTexts(tx: Transaction): Promise<void> {
  for (const [slug, v1] of Object.entries(TOPIC_POLES_V1)) {
    const v2 = topicSeeds.find((t) => t.slug === slug);
    if (!v2) continue;
    await tx
      .update(topics)
      .set({ multistakeholderPole: v2.multistakeholderPole, intergovernmentalPole: v2.intergovernmentalPole })
      .where(
        and(
          eq(topics.slug, slug),
          eq(topics.multistakeholderPole, v1.multistakeholderPole),
          eq(topics.intergovernmentalPole, v1.intergovernmentalPole),
        ),
      );
  }
  const foc = BLOC_SEEDS.find((b) => b.slug === "foc");
  if (foc)
    await tx
      .update(blocs)
      .set({ coverageNote: foc.coverageNote })
      .where(and(eq(blocs.slug, "foc"), eq(blocs.coverageNote, FOC_COVERAGE_NOTE_V1)));
}

/** Governments, topics, events and the system accounts, without positions. */
export async function seedReference(db: Database): Promise<ReferenceCounts> {
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
    await tx
      .insert(events)
      .values([...eventSeeds])
      .onConflictDoNothing();
    await tx.insert(blocs).values(BLOC_SEEDS).onConflictDoNothing();
    await tx.insert(blocMemberships).values(membershipSeeds()).onConflictDoNothing();
    await upgradeSeededTexts(tx);
    await seedTranslations(tx);
    await tx
      .insert(users)
      .values(Object.values(SYSTEM_USERS).map((u) => ({ ...u, system: true })))
      .onConflictDoUpdate({ target: users.id, set: { name: sql`excluded.name` } });
    return { governments: govs.length, topics: topicSeeds.length, events: eventSeeds.length };
  });
}
