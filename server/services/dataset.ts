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
import { RECORD_SETS } from "@/db/dataset/record-sets";
import { DATE_PRECISIONS } from "@/db/enums";
import { periodEnd, readStatedOn } from "@/server/shared/stated-on";
import { type Identity, retireDatasetPositions } from "./dataset-retire";
import { syncRecordTitles } from "./record-titles";
import { readImportFile } from "./import-file";
import { type ImportCounts, importRows } from "./import-positions";

// Loads the reference dataset (db/dataset/positions/*.csv) through the import service.
// Each file is loaded once per database, remembered by name and SHA-256: an upgrade that
// brings a new or changed file (a new version of the method) loads it at the next start.
// Its new rows become positions; a position it codes differently gets a new revision by the
// dataset's account with the method's reason (rule 7) — unless anybody else has edited or
// withdrawn it since: their version stands, and the load reports it. When the shipped files
// change, the dataset's own positions they no longer hold are withdrawn (dataset-retire.ts).

export type DatasetFile = { name: string; text: string };
export type DatasetLoad =
  | { name: string; status: "current" }
  | { name: string; status: "loaded"; rows: number; counts: ImportCounts }
  | { name: string; status: "failed"; errors: string[] }
  | { name: string; status: "retired"; withdrawn: number; keptIds: number[] };

export const DATASET_REVIEW_REASON = "Reference dataset, coded by the published method";
export const DATASET_RECODE_REASON = "Reference dataset, re-coded by the published method";
/** The name the withdrawal of positions no file holds any more goes by in a load's report. */
export const RETIRED_LOAD = "positions no dataset file holds any more";

/** Why a shipped file's re-coded positions changed: its record set's reason (method v2: …). */
const recodeReason = (name: string) =>
  RECORD_SETS.find((set) => `${set.id}.csv` === name)?.recodeReason ?? DATASET_RECODE_REASON;

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
  summary ??= readDatasetFiles().map(({ text, ...file }) => ({
    ...file,
    rows: parse(text, { columns: true, skip_empty_lines: true }).length,
  }));
  return summary;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Loads the shipped files (or, in tests, the files given). Only a load of the shipped files
 * withdraws what they no longer hold, and only when one of them changed and none failed.
 */
export async function loadDataset(db: Database, given?: DatasetFile[]): Promise<DatasetLoad[]> {
  const files = given ?? readDatasetFiles();
  // One transaction under an advisory lock: servers starting together take turns, and a file is loaded whole or not at all.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('stance-atlas:dataset'))`);
    const loads: DatasetLoad[] = [];
    for (const file of files) {
      const hash = sha256(file.text);
      const [done] = await tx
        .select({ sha256: datasetLoads.sha256 })
        .from(datasetLoads)
        .where(eq(datasetLoads.fileName, file.name));
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
      const counts = await importRows(tx, rows, {
        actorId: SYSTEM_USERS.seed.id,
        fileName: file.name,
        text: file.text,
        dryRun: false,
        updates: "own",
        reviewReason: DATASET_REVIEW_REASON,
        updateReason: recodeReason(file.name),
      });
      const values = { fileName: file.name, sha256: hash, rows: rows.length, counts, loadedAt: new Date() };
      await tx.insert(datasetLoads).values(values).onConflictDoUpdate({ target: datasetLoads.fileName, set: values });
      loads.push({ name: file.name, status: "loaded", rows: rows.length, counts });
    }
    if (!given && loads.some((l) => l.status === "loaded") && !loads.some((l) => l.status === "failed")) {
      const held = files.flatMap((file) => readCodedIdentities(file.text));
      loads.push({ name: RETIRED_LOAD, status: "retired", ...(await retireDatasetPositions(tx, held)) });
    }
    // Every start: the records' names onto the positions coded from them (search finds them by it), where not yet there.
    if (!given) await syncRecordTitles(tx);
    return loads;
  });
}

/** The (government, topic, date) of every row of a shipped file, as the import stores them (a year at its last day). */
function readCodedIdentities(text: string): Identity[] {
  const rows: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true });
  return rows.map((row) => {
    const read = readStatedOn(row.stated_on ?? "");
    const precision = DATE_PRECISIONS.find((p) => p === row.date_precision) ?? read?.precision ?? "day";
    return {
      government: row.government ?? "",
      topic: row.topic ?? "",
      statedOn: periodEnd(read?.date ?? "", precision),
    };
  });
}
