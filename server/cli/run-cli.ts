import { loadEnvConfig } from "@next/env";
import { EnvError } from "@/server/env";
import { ZodError } from "zod";
import { type DatabaseHandle, databaseConfigFromEnv, openDatabase } from "@/db/client";
import { DataDirBusyError } from "@/db/pglite-lock";
import { ConflictError, NotFoundError } from "@/server/shared/errors";

// The frame every CLI command runs in: .env files loaded like Next does, the database
// opened from the environment, and every expected failure turned into one clear line
// on stderr and a non-zero exit code (never a stack trace for a user's mistake).

export class UsageError extends Error {
  override name = "UsageError";
}

export function loadEnv(dev = false): void {
  loadEnvConfig(process.cwd(), dev, { info: () => {}, error: console.error });
}

function describe(error: unknown): string | null {
  if (error instanceof ZodError) {
    return error.issues.map((i) => `${i.path.length ? `--${i.path.join(".")}: ` : ""}${i.message}`).join("\n");
  }
  if (
    error instanceof UsageError ||
    error instanceof EnvError ||
    error instanceof DataDirBusyError ||
    error instanceof ConflictError ||
    error instanceof NotFoundError
  ) {
    return error.message;
  }
  return null;
}

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const message = describe(error);
    if (message === null) throw error;
    console.error(`Error: ${message}`);
    process.exitCode = 2;
  }
}

export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(databaseConfigFromEnv());
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
