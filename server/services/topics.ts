import "server-only";
import { asc, eq, isNull } from "drizzle-orm";
import { type Database } from "@/db/client";
import { topics } from "@/db/schema";
import { type Translations } from "@/db/schema/translations";
import { NotFoundError } from "@/server/shared/errors";

export type TopicField = "title" | "description" | "multistakeholderPole" | "intergovernmentalPole";
/** A topic as pages show it: its texts in one language (server/i18n/stored-texts.ts). */
export type TopicSummary = { slug: string } & Record<TopicField, string>;
/** A topic as stored: English, with its translations. */
export type StoredTopic = TopicSummary & { translations: Translations<TopicField> };

const summaryColumns = {
  slug: topics.slug,
  title: topics.title,
  description: topics.description,
  multistakeholderPole: topics.multistakeholderPole,
  intergovernmentalPole: topics.intergovernmentalPole,
  translations: topics.translations,
};

/** Topics in the order editors gave them; retired topics are left out. */
export function listTopics(db: Database): Promise<StoredTopic[]> {
  return db
    .select(summaryColumns)
    .from(topics)
    .where(isNull(topics.retiredAt))
    .orderBy(asc(topics.sortOrder), asc(topics.title));
}

/** One topic by slug (retired topics too, so old links keep working). */
export async function getTopic(db: Database, slug: string): Promise<StoredTopic & { retired: boolean }> {
  const [row] = await db
    .select({ ...summaryColumns, retiredAt: topics.retiredAt })
    .from(topics)
    .where(eq(topics.slug, slug));
  if (!row) throw new NotFoundError(`No topic has the slug ${slug}.`);
  const { retiredAt, ...topic } = row;
  return { ...topic, retired: retiredAt !== null };
}
