import "server-only";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { type Database } from "@/db/client";
import { POSITIONS_DIR } from "@/db/dataset/code-records";
import { parse } from "csv-parse/sync";
import { DATASET_FILES, type DatasetFileInfo } from "@/db/dataset/files";
import { datasetLoads } from "@/db/schema";
import { SYSTEM_USERS } from "@/db/system-users";
import { readImportFile } from "./import-file";
import { type ImportCounts, importRows } from "./import-positions";

// Loads the reference dataset (db/dataset/positions/*.csv) through the import service.
// Each file is loaded once per database, remembered by name and SHA-256: an upgrade that
// brings a new or changed file loads it at the next start, and only its new rows arrive.
// A position that exists is never changed by a load, so a moderator's correction or
// withdrawal stands; corrections to it go through moderation (or `npm run import`).

export type DatasetFile = { name: string; text: string };
export type DatasetLoad =
  | { name: string; status: "current" }
  | { name: string; status: "loaded"; rows: number; counts: ImportCounts }
  | { name: string; status: "failed"; errors: string[] };

export const DATASET_REVIEW_REASON = "Reference dataset, coded by the published method";

export function readDatasetFiles(): (DatasetFile & DatasetFileInfo)[] {
  return DATASET_FILES.map((info) => {
    const name = `${info.id}.csv`;
    return { ...info, name, text: readFileSync(path.join(POSITIONS_DIR, name), "utf8") };
  });
}

export type DatasetFileSummary = DatasetFileInfo & { name: string; rows: number };

let summary: DatasetFileSummary[] | null = null;

/** Each dataset file with its row count (the files ship with the code: read once per process). */
export function datasetSummary(): DatasetFileSummary[] {
  summary ??= readDatasetFiles().map(({ text, ...file }) => ({ ...file, rows: parse(text, { columns: true, skip_empty_lines: true }).length }));
  return summary;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function loadDataset(db: Database, files: DatasetFile[] = readDatasetFiles()): Promise<DatasetLoad[]> {
  // One transaction under an advisory lock: servers starting together take turns, and a file is loaded whole or not at all.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('stance-atlas:dataset'))`);
    const loads: DatasetLoad[] = [];
    for (const file of files) {
      const hash = sha256(file.text);
      const [done] = await tx.select({ sha256: datasetLoads.sha256 }).from(datasetLoads).where(eq(datasetLoads.fileName, file.name));
      if (done?.sha256 === hash) {
        loads.push({ name: file.name, status: "current" });
        continue;
      }
      const { rows, errors } = await readImportFile(tx, file.text);
      if (errors.length) {
        // A dataset file the database cannot take (say, an admin retired its event) is reported and tried again next time.
        loads.push({ name: file.name, status: "failed", errors: errors.map((e) => `line ${e.line}: ${e.reason}`) });
        continue;
      }
      const counts = await importRows(tx, rows, { actorId: SYSTEM_USERS.seed.id, fileName: file.name, text: file.text, dryRun: false, updates: "none", reviewReason: DATASET_REVIEW_REASON });
      const values = { fileName: file.name, sha256: hash, rows: rows.length, counts, loadedAt: new Date() };
      await tx.insert(datasetLoads).values(values).onConflictDoUpdate({ target: datasetLoads.fileName, set: values });
      loads.push({ name: file.name, status: "loaded", rows: rows.length, counts });
    }
    return loads;
  });
}
