import fs from "node:fs";
import { fileURLToPath } from "node:url";
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

/** A command: its arguments in, an exit code out (nothing means 0). */
export type Command = (args: string[]) => Promise<number | void>;

/** Runs a command: its exit code, or 2 with one line on stderr for an expected failure. */
export async function runCommand(command: Command, args: string[]): Promise<number> {
  try {
    return (await command(args)) ?? 0;
  } catch (error) {
    const message = describe(error);
    if (message === null) throw error;
    console.error(`Error: ${message}`);
    return 2;
  }
}

/** Runs `main` as this program: a failure sets the exit code; success leaves any code `main` set itself. */
export async function runCli(main: () => Promise<number | void>): Promise<void> {
  const code = await runCommand(main, []);
  if (code !== 0) process.exitCode = code;
}

/**
 * Runs `command` with the program's arguments when `moduleUrl` is the program (`tsx server/cli/x.ts`),
 * and does nothing when a test imports the module to run the command in its own process.
 */
export function runIfProgram(moduleUrl: string, command: Command): void {
  const program = process.argv[1];
  if (program && realPath(program) === realPath(fileURLToPath(moduleUrl)))
    void runCli(() => command(process.argv.slice(2)));
}

/** The file's path with links resolved; the path itself when there is no such file (`node -e`, a REPL). */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
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
