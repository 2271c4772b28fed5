import "server-only";
import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { insertApprovedPosition, publishRevision } from "@/db/approved-position";
import { type Database } from "@/db/client";
import { auditLog, positions, revisions } from "@/db/schema";
import type { ImportRow } from "@/server/schemas/import-row";
import { type RevisionContent, sameContent } from "@/server/shared/revision-fields";
import { ConflictError } from "./errors";
import { type LineError, readImportFile } from "./import-file";
import { contentColumns, contentValues } from "./revision-content";

// Writing a checked import file, all or nothing, in one transaction. A row for a new
// position creates it; a row matching an existing position with the same content changes
// nothing (so re-importing a file is a no-op); with different content it becomes a new
// approved revision. Everything is attributed to the importing account and audited.

export type ImportCounts = { created: number; updated: number; unchanged: number };
export const IMPORTED = "Imported from a CSV file.";

const key = (government: string, topic: string, statedOn: string) => `${government}|${topic}|${statedOn}`;
const contentOf = (row: ImportRow): RevisionContent => ({ stance: row.stance, statedOn: row.stated_on, event: row.event, summary: row.summary, quote: row.quote, sources: row.source_url });

export async function importRows(db: Database, rows: (ImportRow & { line: number })[], opts: { actorId: string; fileName: string; text: string; dryRun: boolean }): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    const topicSlugs = [...new Set(rows.map((r) => r.topic))];
    const existing = topicSlugs.length
      ? await tx
          .select({ ...contentColumns, id: positions.id, government: positions.governmentIso3, topic: positions.topicSlug, statedOn: positions.statedOn, currentRevisionId: positions.currentRevisionId })
          .from(positions)
          .leftJoin(revisions, eq(revisions.id, positions.currentRevisionId))
          .where(inArray(positions.topicSlug, topicSlugs))
          .for("update", { of: positions })
      : [];
    const byKey = new Map(existing.map((p) => [key(p.government, p.topic, p.statedOn), p]));
    const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const content = contentOf(row);
      const position = byKey.get(key(row.government, row.topic, row.stated_on));
      if (!position) {
        counts.created++;
        if (!opts.dryRun) {
          const id = await insertApprovedPosition(tx, { government: row.government, topic: row.topic, ...content, authorId: opts.actorId, reviewerId: opts.actorId, reviewReason: IMPORTED });
          if (id === null) throw new ConflictError(`Line ${row.line}: this position was created by someone else during the import. Run the import again.`);
        }
        continue;
      }
      const current = position.currentRevisionId !== null && position.stance !== null ? { stance: position.stance, statedOn: position.statedOn, event: position.event, summary: position.summary ?? "", quote: position.quote, sources: position.sources ?? [] } : null;
      if (current && sameContent(current, content)) {
        counts.unchanged++;
        continue;
      }
      counts.updated++;
      if (opts.dryRun) continue;
      const [revision] = await tx
        .insert(revisions)
        .values({ positionId: position.id, baseRevisionId: position.currentRevisionId, authorId: opts.actorId, ...contentValues(content), status: "approved", reviewerId: opts.actorId, reviewedAt: new Date(), reviewReason: IMPORTED })
        .returning({ id: revisions.id });
      if (!revision) throw new Error("Inserting an imported revision returned nothing");
      await publishRevision(tx, position.id, { id: revision.id, stance: content.stance, eventSlug: content.event, hidesPosition: false });
    }
    if (!opts.dryRun && counts.created + counts.updated > 0) {
      const sha256 = createHash("sha256").update(opts.text).digest("hex");
      await tx.insert(auditLog).values({ actorId: opts.actorId, action: "positions.import", targetType: "file", targetId: opts.fileName, details: { ...counts, rows: rows.length, sha256 } });
    }
    return counts;
  });
}

export type ImportOutcome = { ok: true; rows: number; counts: ImportCounts } | { ok: false; errors: LineError[] };

/** Checks a whole file, then (unless it has any bad row) imports it — or, in a dry run, says what it would do. */
export async function importCsv(db: Database, opts: { text: string; fileName: string; actorId: string; dryRun: boolean }): Promise<ImportOutcome> {
  const { rows, errors } = await readImportFile(db, opts.text);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rows: rows.length, counts: await importRows(db, rows, opts) };
}
