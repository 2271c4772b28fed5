import "server-only";
import { asc, isNull } from "drizzle-orm";
import { type Database } from "@/db/client";
import { topics } from "@/db/schema";

export type TopicSummary = {
  slug: string;
  title: string;
  description: string;
  multistakeholderPole: string;
  intergovernmentalPole: string;
};

/** Topics in the order editors gave them; retired topics are left out. */
export function listTopics(db: Database): Promise<TopicSummary[]> {
  return db
    .select({
      slug: topics.slug,
      title: topics.title,
      description: topics.description,
      multistakeholderPole: topics.multistakeholderPole,
      intergovernmentalPole: topics.intergovernmentalPole,
    })
    .from(topics)
    .where(isNull(topics.retiredAt))
    .orderBy(asc(topics.sortOrder), asc(topics.title));
}
