import "server-only";
import { createHash } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type Transaction } from "@/db/client";
import { STANCE_SCORE } from "@/db/enums";
import { governments, positions, revisions, topics } from "@/db/schema";
import { csvText } from "@/server/shared/csv";
import { type ReleasedPosition } from "@/server/shared/release-changelog";
import { contentColumns } from "./revision-content";

// What a release holds: every approved position as it stands, with its sources, evidence kind
// and a summary of its history, as CSV and JSON files whose bytes and SHA-256 are fixed at publication.

/** One position as released. */
export type ReleaseRow = Awaited<ReturnType<typeof releaseRows>>[number];

/** Every published position, by id, read in the publishing transaction. */
export async function releaseRows(tx: Transaction, siteUrl: URL) {
  const history = tx
    .select({
      positionId: revisions.positionId,
      count: sql<number>`count(*)::int`.as("count"),
      first: sql<string>`(min(${revisions.reviewedAt}) at time zone 'UTC')::date::text`.as("first"),
      last: sql<string>`(max(${revisions.reviewedAt}) at time zone 'UTC')::date::text`.as("last"),
    })
    .from(revisions)
    .where(eq(revisions.status, "approved"))
    .groupBy(revisions.positionId)
    .as("history");
  const rows = await tx
    .select({
      id: positions.id,
      government: positions.governmentIso3,
      governmentName: governments.name,
      topic: positions.topicSlug,
      topicTitle: topics.title,
      stance: revisions.stance,
      evidence: revisions.evidence,
      statedOn: revisions.statedOn,
      datePrecision: revisions.datePrecision,
      event: revisions.eventSlug,
      summary: revisions.summary,
      quote: revisions.quote,
      sources: revisions.sources,
      end: contentColumns.end,
      revisions: history.count,
      firstPublished: history.first,
      lastChanged: history.last,
    })
    .from(positions)
    .innerJoin(revisions, eq(revisions.id, positions.currentRevisionId))
    .innerJoin(governments, eq(governments.iso3, positions.governmentIso3))
    .innerJoin(topics, eq(topics.slug, positions.topicSlug))
    .innerJoin(history, eq(history.positionId, positions.id))
    .where(sql`${positions.published}`)
    .orderBy(asc(positions.id));
  return rows.map((row) => ({
    ...row,
    score: STANCE_SCORE[row.stance],
    url: new URL(`/positions/${row.id}`, siteUrl).toString(),
  }));
}

export type ReleaseFile = { name: string; mediaType: string; body: string; bytes: number; sha256: string };

const file = (name: string, mediaType: string, body: string): ReleaseFile => ({
  name,
  mediaType,
  body,
  bytes: Buffer.byteLength(body),
  sha256: createHash("sha256").update(body).digest("hex"),
});

const CSV_COLUMNS = [
  "id",
  "government",
  "government_name",
  "topic",
  "topic_title",
  "stance",
  "score",
  "evidence",
  "stated_on",
  "date_precision",
  "event",
  "summary",
  "quote",
  "sources",
  "ended_on",
  "end_note",
  "end_source_url",
  "revisions",
  "first_published",
  "last_changed",
  "url",
] as const;

/** The release's files: positions.csv (one row per position, sources space-separated) and positions.json. */
export function buildReleaseFiles(version: number, publishedAt: Date, rows: readonly ReleaseRow[]): ReleaseFile[] {
  const csv = csvText([
    [...CSV_COLUMNS],
    ...rows.map((r) => [
      r.id,
      r.government,
      r.governmentName,
      r.topic,
      r.topicTitle,
      r.stance,
      r.score,
      r.evidence,
      r.statedOn,
      r.datePrecision,
      r.event ?? "",
      r.summary,
      r.quote ?? "",
      r.sources.join(" "),
      r.end?.on ?? "",
      r.end?.note ?? "",
      r.end?.source ?? "",
      r.revisions,
      r.firstPublished,
      r.lastChanged,
      r.url,
    ]),
  ]);
  const json = `${JSON.stringify({ release: version, publishedAt: publishedAt.toISOString(), license: "CC BY 4.0", positions: rows }, null, 1)}\n`;
  return [file("positions.csv", "text/csv; charset=utf-8", csv), file("positions.json", "application/json", json)];
}

const releasedFileSchema = z.object({
  positions: z.array(
    z.object({
      id: z.number(),
      government: z.string(),
      topic: z.string(),
      stance: z.string(),
      evidence: z.string(),
      statedOn: z.string(),
      datePrecision: z.string(),
      event: z.string().nullable(),
      summary: z.string(),
      quote: z.string().nullable(),
      sources: z.array(z.string()),
      // Releases before method v2 have no end.
      end: z.object({ on: z.string(), note: z.string(), source: z.string() }).nullish(),
    }),
  ),
});

/** The positions of a release, read back from its JSON file (for the next release's changelog). */
export function releasedPositions(json: string): ReleasedPosition[] {
  return releasedFileSchema.parse(JSON.parse(json)).positions;
}
