import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "./run-script";

// `npm run db:backup` and `npm run db:restore` as an operator runs them (the embedded database;
// db/backup.test.ts restores on both drivers and compares every table).

describe("npm run db:backup / db:restore", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-cli-backup-"));
  const file = path.join(dir, "site.backup");
  const env = (name: string) => ({ DATA_DIR: path.join(dir, name), DATABASE_URL: "" });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("backs up a data directory and restores it into an empty one; refuses a second restore without --force", async () => {
    expect((await runScript("server/cli/db-migrate.ts", [], env("live"))).code).toBe(0);
    const backup = await runScript("server/cli/db-backup.ts", [file], env("live"));
    expect(backup.stdout).toMatch(/^Backed up the embedded database to .*site\.backup \(\d+\.\d MB\)\.$/m);
    const restore = await runScript("server/cli/db-restore.ts", [file], env("copy"));
    expect(restore.stdout).toContain(`Restored ${file} into the embedded database.`);
    const again = await runScript("server/cli/db-restore.ts", [file], env("copy"));
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "already holds a database. Add --force to replace it (the old one is kept beside it).",
    );
    const forced = await runScript("server/cli/db-restore.ts", [file, "--force"], env("copy"));
    expect(forced.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, "copy")).some((name) => name.startsWith("pg.replaced-"))).toBe(true);
  });

  it("refuses a truncated backup with a message, and keeps the database it would have replaced", async () => {
    const truncated = path.join(dir, "truncated.backup");
    const whole = fs.readFileSync(file);
    fs.writeFileSync(truncated, whole.subarray(0, whole.length - 1024));
    const before = fs.readdirSync(path.join(dir, "copy")).sort();
    const result = await runScript("server/cli/db-restore.ts", [truncated, "--force"], env("copy"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Error: ${truncated} is damaged or incomplete (unexpected end of file). Nothing was changed.`,
    );
    expect(fs.readdirSync(path.join(dir, "copy")).sort()).toEqual(before);
  });

  it("says how to use them", async () => {
    for (const [script, args] of [
      ["server/cli/db-backup.ts", []],
      ["server/cli/db-restore.ts", ["--forse", "x"]],
    ] as const) {
      const result = await runScript(script, [...args], env("unused"));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Usage: npm run db:(backup|restore) -- FILE/);
    }
  });
});
