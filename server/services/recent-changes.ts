import "server-only";
import { type Translations } from "@/db/schema/translations";
import { type Locale } from "@/server/i18n/locales";
import { type SummaryTranslation } from "@/server/i18n/stored-texts";
import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Database } from "@/db/client";
import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { governments, positions, revisions, topics, users, watches } from "@/db/schema";
import { type ChangesQuery, changesQuerySchema } from "@/server/schemas/proposals";

// Approved changes, newest first: what watchers of the record follow (/changes and its Atom feed,
// and each reader's watchlist, its private feed and its digest). Only changes to positions that
// are public now: a withdrawn position's every version (the withdrawal's copy too) is for
// moderators only, until a revert brings it back.

export type Change = {
  revisionId: number;
  positionId: number;
  kind: "new" | "edit" | "revert" | "withdrawal";
  government: { iso3: string; name: string };
  /** As stored, with its translations; in a language (server/i18n/localize.ts), its title there and `lang`. */
  topic: { slug: string; title: string; translations?: Translations<"title">; lang?: Locale };
  statedOn: string;
  datePrecision: DatePrecision;
  stance: Stance;
  evidence: EvidenceKind;
  summary: string;
  /** The language the summary is written in; `translation`: the summary in a page's language, where there is one. */
  language: Locale;
  translation?: SummaryTranslation;
  author: string;
  reviewer: string | null;
  approvedAt: string;
};

export const CHANGES_SHOWN = 100;
const reviewers = alias(users, "reviewers");

export async function recentChanges(db: Database, input: ChangesQuery = {}, limit = CHANGES_SHOWN): Promise<Change[]> {
  const query = changesQuerySchema.parse(input);
  return approvedChanges(
    db,
    and(
      query.topic ? eq(positions.topicSlug, query.topic) : undefined,
      query.government ? eq(positions.governmentIso3, query.government.toUpperCase()) : undefined,
    ),
    limit,
  );
}

/** Approved changes to what a reader watches (a government, a topic or the position itself), newest first; with `since`, only those approved after it. */
export function watchedChanges(db: Database, userId: string, limit = CHANGES_SHOWN, since?: Date): Promise<Change[]> {
  const watched = sql`exists (select 1 from ${watches} w where w.user_id = ${userId} and (
    (w.kind = 'government' and w.target = ${positions.governmentIso3}) or
    (w.kind = 'topic' and w.target = ${positions.topicSlug}) or
    (w.kind = 'position' and w.target = ${positions.id}::text)))`;
  return approvedChanges(db, and(watched, since ? gt(revisions.reviewedAt, since) : undefined), limit);
}

async function approvedChanges(db: Database, where: SQL | undefined, limit: number): Promise<Change[]> {
  const rows = await db
    .select({
      revisionId: revisions.id,
      positionId: revisions.positionId,
      baseRevisionId: revisions.baseRevisionId,
      revertOfId: revisions.revertOfId,
      hidesPosition: revisions.hidesPosition,
      iso3: governments.iso3,
      governmentName: governments.name,
      slug: topics.slug,
      topicTitle: topics.title,
      topicTranslations: topics.translations,
      statedOn: revisions.statedOn,
      datePrecision: revisions.datePrecision,
      stance: revisions.stance,
      evidence: revisions.evidence,
      summary: revisions.summary,
      language: sql<Locale>`${revisions.language}`,
      author: users.name,
      reviewer: reviewers.name,
      approvedAt: revisions.reviewedAt,
    })
    .from(revisions)
    .innerJoin(positions, eq(positions.id, revisions.positionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .innerJoin(users, eq(users.id, revisions.authorId))
    .leftJoin(reviewers, eq(reviewers.id, revisions.reviewerId))
    .where(and(eq(revisions.status, "approved"), sql`${positions.published}`, where))
    .orderBy(desc(revisions.reviewedAt), desc(revisions.id))
    .limit(limit);
  return rows.map((r) => ({
    revisionId: r.revisionId,
    positionId: r.positionId,
    kind: r.hidesPosition ? "withdrawal" : r.revertOfId ? "revert" : r.baseRevisionId ? "edit" : "new",
    government: { iso3: r.iso3, name: r.governmentName },
    topic: { slug: r.slug, title: r.topicTitle, translations: r.topicTranslations },
    statedOn: r.statedOn,
    datePrecision: r.datePrecision,
    stance: r.stance,
    evidence: r.evidence,
    summary: r.summary,
    language: r.language,
    author: r.author ?? "Unnamed contributor",
    reviewer: r.reviewer,
    approvedAt: (r.approvedAt ?? new Date(0)).toISOString(),
  }));
}
