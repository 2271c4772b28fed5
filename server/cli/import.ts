import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { seedDatabase } from "@/server/services/seed";
import { SYSTEM_USERS } from "@/db/system-users";
import { decodeImportFile } from "@/server/services/import-file";
import { importCsv } from "@/server/services/import-positions";
import { loadEnv, runIfProgram, UsageError, withDatabase } from "./run-cli";

// `npm run import -- FILE.csv [--dry-run]`: positions as approved revisions by the CSV import
// account, all or nothing. Any bad row: every one is listed by line, nothing is written, exit 1.
const USAGE = "Usage: npm run import -- FILE.csv [--dry-run]";

export async function importFile(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { "dry-run": { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) throw new UsageError(`Give exactly one CSV file.\n${USAGE}`);
  const dryRun = parsed.values["dry-run"] ?? false;
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}.`);
  });
  const decoded = decodeImportFile(bytes);
  if ("error" in decoded) {
    console.error(`${file}: ${decoded.error} Nothing was imported.`);
    return 1;
  }

  loadEnv();
  return withDatabase(async (handle) => {
    await handle.migrate();
    await seedDatabase(handle.db); // reference data and the import account must exist
    const outcome = await importCsv(handle.db, {
      text: decoded.text,
      fileName: path.basename(file),
      actorId: SYSTEM_USERS.import.id,
      dryRun,
    });
    if (!outcome.ok) {
      console.error(`${file}: ${outcome.badRows} bad ${outcome.badRows === 1 ? "row" : "rows"}; nothing was imported.`);
      for (const { line, reason } of outcome.errors) console.error(`  line ${line}: ${reason}`);
      if (outcome.badRows > outcome.errors.length)
        console.error(`  and ${outcome.badRows - outcome.errors.length} more rows with errors`);
      return 1;
    }
    const { created, updated, unchanged } = outcome.counts;
    const summary = `${outcome.rows} rows: ${created} new, ${updated} changed, ${unchanged} unchanged`;
    console.log(dryRun ? `${file}: ${summary} (dry run: nothing was written).` : `${file}: imported ${summary}.`);
    return 0;
  });
}

runIfProgram(import.meta.url, importFile);
