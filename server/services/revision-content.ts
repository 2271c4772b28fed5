import "server-only";
import { eq, sql } from "drizzle-orm";
import { type Transaction } from "@/db/client";
import { revisions } from "@/db/schema";
import { type Locale } from "@/server/i18n/locales";
import { type PositionEnd, type RevisionContent } from "@/server/shared/revision-fields";

// A revision's content: what every version of a position holds in full.

export const contentColumns = {
  stance: revisions.stance,
  statedOn: revisions.statedOn,
  event: revisions.eventSlug,
  summary: revisions.summary,
  quote: revisions.quote,
  sources: revisions.sources,
  evidence: revisions.evidence,
  datePrecision: revisions.datePrecision,
  language: sql<Locale>`${revisions.language}`,
  // The end as one value (null, or all three of its columns), so a selected row is content as it is.
  end: sql<PositionEnd | null>`case when ${revisions.endedOn} is null then null else json_build_object('on', ${revisions.endedOn}::text, 'note', ${revisions.endNote}, 'source', ${revisions.endSource}) end`,
};

export async function revisionContent(tx: Transaction, id: number): Promise<RevisionContent> {
  const [row] = await tx.select(contentColumns).from(revisions).where(eq(revisions.id, id));
  if (!row) throw new Error(`Revision ${id} is missing`);
  return row;
}

/** The columns a new revision stores for this content. */
export const contentValues = (content: RevisionContent) => ({
  stance: content.stance,
  statedOn: content.statedOn,
  eventSlug: content.event,
  summary: content.summary,
  quote: content.quote,
  sources: content.sources,
  evidence: content.evidence,
  datePrecision: content.datePrecision,
  language: content.language,
  endedOn: content.end?.on ?? null,
  endNote: content.end?.note ?? null,
  endSource: content.end?.source ?? null,
});
