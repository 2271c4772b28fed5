import { execFileSync } from "node:child_process";
import os from "node:os";
import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { type Machine } from "./figures";

// Where a benchmark ran, for its report: figures mean little without the machine that made them.

/** The commit the run measured, or null outside a git checkout. */
function currentCommit(): string | null {
  try {
    return (
      execFileSync("git", ["rev-parse", "--short", "HEAD"], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim() || null
    );
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit: currentCommit(),
  };
}

/** The database server's version ("17.5"): PGlite is a PostgreSQL too. */
export async function databaseVersion(db: Database): Promise<string> {
  const [row] = await queryRows<{ server_version: string }>(db, sql`show server_version`);
  return row?.server_version ?? "unknown";
}
