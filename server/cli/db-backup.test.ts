import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { dbBackup } from "./db-backup";
import { dbMigrate } from "./db-migrate";
import { dbRestore } from "./db-restore";
import { runInProcess, runScript } from "./run-script";

// `npm run db:backup` and `npm run db:restore` as an operator runs them (the embedded database;
// db/backup.test.ts restores on both drivers and compares every table), in this process; and the
// CLI commands the other tests run in their process, run once each as the program `npm run` starts.

describe("npm run db:backup / db:restore", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-cli-backup-"));
  const file = path.join(dir, "site.backup");
  const env = (name: string) => ({ DATA_DIR: path.join(dir, name), DATABASE_URL: "" });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("backs up a data directory and restores it into an empty one; refuses a second restore without --force", async () => {
    expect((await runInProcess(dbMigrate, [], env("live"))).code).toBe(0);
    const backup = await runInProcess(dbBackup, [file], env("live"));
    expect(backup.stdout).toMatch(/^Backed up the embedded database to .*site\.backup \(\d+\.\d MB\)\.$/m);
    const restore = await runInProcess(dbRestore, [file], env("copy"));
    expect(restore.stdout).toContain(`Restored ${file} into the embedded database.`);
    const again = await runInProcess(dbRestore, [file], env("copy"));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "already holds a database. Add --force to replace it (the old one is kept beside it).",
    );
    const forced = await runInProcess(dbRestore, [file, "--force"], env("copy"));
    expect(forced.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "copy")).some((name) => name.startsWith("pg.replaced-"))).toBe(true);
  });

  it("refuses a truncated backup with a message, and keeps the database it would have replaced", async () => {
    const truncated = path.join(dir, "truncated.backup");
    const whole = fs.readFileSync(file);
    fs.writeFileSync(truncated, whole.subarray(0, whole.length - 1024));
    const before = fs.readdirSync(path.join(dir, "copy")).sort();
    const result = await runInProcess(dbRestore, [truncated, "--force"], env("copy"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Error: ${truncated} is damaged or incomplete (unexpected end of file). Nothing was changed.`,
    );
    expect(fs.readdirSync(path.join(dir, "copy")).sort()).toEqual(before);
  });

  it("run as programs, each says how to use it and exits 2", async () => {
    for (const [script, args, usage] of [
      ["server/cli/db-backup.ts", [], "Usage: npm run db:backup -- FILE"],
      ["server/cli/db-restore.ts", ["--forse", "x"], "Usage: npm run db:restore -- FILE [--force]"],
      ["server/cli/import.ts", [], "Usage: npm run import -- FILE.csv [--dry-run]"],
      ["server/cli/user-create.ts", ["--password", "x"], "--email is required.\nUsage: npm run user:create"],
    ] as const) {
      const result = await runScript(script, [...args], env("unused"));
      expect(result.code, script).toBe(2);
      expect(result.stderr).toContain(usage);
      expect(result.stdout).toBe("");
    }
  });
});
