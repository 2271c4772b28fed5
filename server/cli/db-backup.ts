import { backupDatabase } from "@/db/backup";
import { databaseConfigFromEnv } from "@/db/client";
import { loadEnv, runIfProgram, UsageError } from "./run-cli";

// `npm run db:backup -- FILE`: the embedded database's data directory (stop the server first), or
// PostgreSQL with pg_dump (safe while the servers run).
export async function dbBackup(args: string[]): Promise<void> {
  const [file, ...rest] = args;
  if (!file || rest.length) throw new UsageError("Usage: npm run db:backup -- FILE");
  loadEnv();
  const { format, bytes } = await backupDatabase(databaseConfigFromEnv(), file);
  console.log(
    `Backed up the ${format === "pglite" ? "embedded" : "PostgreSQL"} database to ${file} (${(bytes / 1e6).toFixed(1)} MB).`,
  );
}

runIfProgram(import.meta.url, dbBackup);
