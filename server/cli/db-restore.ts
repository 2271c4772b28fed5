import { parseArgs } from "node:util";
import { restoreDatabase } from "@/db/backup";
import { databaseConfigFromEnv } from "@/db/client";
import { loadEnv, runIfProgram, UsageError } from "./run-cli";

// `npm run db:restore -- FILE [--force]`: into the configured database, which must hold none unless --force.
const USAGE = "Usage: npm run db:restore -- FILE [--force]";

export async function dbRestore(args: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { force: { type: "boolean", default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length) throw new UsageError(USAGE);
  loadEnv();
  const { format } = await restoreDatabase(databaseConfigFromEnv(), file, { force: parsed.values.force });
  console.log(`Restored ${file} into the ${format === "pglite" ? "embedded" : "PostgreSQL"} database.`);
}

runIfProgram(import.meta.url, dbRestore);
