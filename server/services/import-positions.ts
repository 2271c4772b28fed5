import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { auditLog, positions, revisions } from "@/db/schema";
import type { ImportRow } from "@/server/schemas/import-row";
import { pickContent, type RevisionContent, sameContent } from "@/server/shared/revision-fields";
import { ConflictError } from "@/server/shared/errors";
import { type LineError, readImportFile } from "./import-file";
import { contentColumns, contentValues } from "./revision-content";

// Writing a checked import file, all or nothing, in one transaction. A row for a new
// position creates it; a row matching an existing position with the same content changes
// nothing (so re-importing a file is a no-op); with different content it becomes a new
// approved revision. Everything is attributed to the importing account and audited.

/**
 * `kept`: rows that differ from an existing position, left as the database has it (dataset loads
 * only); `keptIds`, in a dataset load, the positions whose newest version someone else wrote.
 */
export type ImportCounts = { created: number; updated: number; unchanged: number; kept: number; keptIds?: number[] };
export const IMPORTED = "Imported from a CSV file.";

const key = (government: string, topic: string, statedOn: string) => `${government}|${topic}|${statedOn}`;
const contentOf = (row: ImportRow): RevisionContent => ({
  stance: row.stance,
  evidence: row.evidence,
  statedOn: row.stated_on,
  datePrecision: row.date_precision,
  event: row.event,
  summary: row.summary,
  quote: row.quote,
  sources: row.source_url,
  end: row.end,
  // The import format (and the reference dataset) is written in English.
  language: "en",
});

export type ImportOptions = {
  actorId: string;
  fileName: string;
  text: string;
  dryRun: boolean;
  /**
   * Whether a row may change an existing position: `any` (an import); `none` (only add
   * positions); `own` (a reference-dataset load: re-code a position whose newest version is
   * the actor's own, never one that anybody else edited or withdrew since).
   */
  updates?: "any" | "none" | "own";
  reviewReason?: string;
  /** How many bad rows to list (default all; the web form's answer lists IMPORT_ERRORS_SHOWN). */
  errorsShown?: number;
  /** The reason on a revision that changes an existing position (default: reviewReason). */
  updateReason?: string;
};

type Row = ImportRow & { line: number };
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters a statement. */
const BATCH = 1000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export async function importRows(db: Database, rows: Row[], opts: ImportOptions): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    // Plan: compare every row with the current version of its position (one query, positions locked).
    const topicSlugs = [...new Set(rows.map((r) => r.topic))];
    const existing = topicSlugs.length
      ? await tx
          .select({
            ...contentColumns,
            id: positions.id,
            government: positions.governmentIso3,
            topic: positions.topicSlug,
            statedOn: positions.statedOn,
            currentRevisionId: positions.currentRevisionId,
            author: revisions.authorId,
          })
          .from(positions)
          .leftJoin(revisions, eq(revisions.id, positions.currentRevisionId))
          .where(inArray(positions.topicSlug, topicSlugs))
          .for("update", { of: positions })
      : [];
    const byKey = new Map(existing.map((p) => [key(p.government, p.topic, p.statedOn), p]));
    const created: Row[] = [];
    const updated: { row: Row; positionId: number; base: number | null }[] = [];
    const keptIds: number[] = [];
    for (const row of rows) {
      const position = byKey.get(key(row.government, row.topic, row.stated_on));
      if (!position) created.push(row);
      else if (position.currentRevisionId === null || position.stance === null)
        updated.push({ row, positionId: position.id, base: null });
      else if (
        !sameContent(
          pickContent({
            ...position,
            stance: position.stance,
            summary: position.summary ?? "",
            sources: position.sources ?? [],
            evidence: position.evidence ?? "statement",
            datePrecision: position.datePrecision ?? "day",
            end: position.end ?? null,
          }),
          contentOf(row),
        )
      ) {
        if (opts.updates === "none" || (opts.updates === "own" && position.author !== opts.actorId))
          keptIds.push(position.id);
        else updated.push({ row, positionId: position.id, base: position.currentRevisionId });
      }
    }
    const kept = keptIds.length;
    const counts: ImportCounts = {
      created: created.length,
      updated: updated.length,
      unchanged: rows.length - created.length - updated.length - kept,
      kept,
      ...(opts.updates === "own" ? { keptIds } : {}),
    };
    if (opts.dryRun || created.length + updated.length === 0) return counts;

    // Write, a batch at a time: new positions, then one approved revision per changed row, then publish them all.
    const toRevise = [...updated];
    for (const batch of chunks(created)) {
      const ids = await tx
        .insert(positions)
        .values(batch.map((r) => ({ governmentIso3: r.government, topicSlug: r.topic, statedOn: r.stated_on })))
        .onConflictDoNothing()
        .returning({
          id: positions.id,
          government: positions.governmentIso3,
          topic: positions.topicSlug,
          statedOn: positions.statedOn,
        });
      if (ids.length !== batch.length)
        throw new ConflictError("Someone created one of these positions during the import. Run the import again.");
      const idOf = new Map(ids.map((p) => [key(p.government, p.topic, p.statedOn), p.id]));
      for (const row of batch)
        toRevise.push({ row, positionId: idOf.get(key(row.government, row.topic, row.stated_on)) ?? 0, base: null });
    }
    const reviewedAt = new Date();
    const reasonFor = (base: number | null) => (base !== null && opts.updateReason) || opts.reviewReason || IMPORTED;
    for (const batch of chunks(toRevise)) {
      const inserted = await tx
        .insert(revisions)
        .values(
          batch.map(({ row, positionId, base }) => ({
            positionId,
            baseRevisionId: base,
            authorId: opts.actorId,
            ...contentValues(contentOf(row)),
            status: "approved" as const,
            reviewerId: opts.actorId,
            reviewedAt,
            reviewReason: reasonFor(base),
          })),
        )
        .returning({ id: revisions.id });
      await tx
        .update(positions)
        .set({
          published: true,
          currentRevisionId: sql`${revisions.id}`,
          stance: sql`${revisions.stance}`,
          eventSlug: sql`${revisions.eventSlug}`,
          evidence: sql`${revisions.evidence}`,
          datePrecision: sql`${revisions.datePrecision}`,
          endedOn: sql`${revisions.endedOn}`,
        })
        .from(revisions)
        .where(
          and(
            inArray(
              revisions.id,
              inserted.map((r) => r.id),
            ),
            eq(positions.id, revisions.positionId),
          ),
        );
    }
    const sha256 = createHash("sha256").update(opts.text).digest("hex");
    await tx.insert(auditLog).values({
      actorId: opts.actorId,
      action: "positions.import",
      targetType: "file",
      targetId: opts.fileName,
      details: { ...counts, rows: rows.length, sha256 },
    });
    return counts;
  });
}

/** A bad file's outcome lists its first bad rows (`errors`) and counts them all (`badRows`). */
export type ImportOutcome =
  { ok: true; rows: number; counts: ImportCounts } | { ok: false; errors: LineError[]; badRows: number };

/** Checks a whole file, then (unless it has any bad row) imports it — or, in a dry run, says what it would do. */
export async function importCsv(db: Database, opts: ImportOptions): Promise<ImportOutcome> {
  const { rows, errors, badRows } = await readImportFile(db, opts.text, opts.errorsShown);
  if (badRows > 0) return { ok: false, errors, badRows };
  return { ok: true, rows: rows.length, counts: await importRows(db, rows, opts) };
}
