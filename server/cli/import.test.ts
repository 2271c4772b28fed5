import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, createTestDataDir, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { IMPORT_HEADER } from "@/server/schemas/import-row";
import { runInProcess } from "./run-script";
import { importFile } from "./import";

// `npm run import -- FILE.csv [--dry-run]` as an operator runs it, on both databases.
describe.each(TEST_DRIVERS)("npm run import on %s", (kind) => {
  let env: Record<string, string>;
  let dir: string;
  let dataDir: string;
  let pgDatabase: TestDatabase | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-import-"));
    // A migrated database with no reference data yet, on either driver.
    if (kind === "postgres") pgDatabase = await createTestDatabase("postgres", { seed: false });
    dataDir = kind === "pglite" ? await createTestDataDir({ seed: false }) : path.join(dir, "data");
    env = { DATA_DIR: dataDir, DATABASE_URL: pgDatabase?.url ?? "" };
  });
  afterAll(async () => {
    await pgDatabase?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const file = (name: string, content: string | Buffer) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
  };
  const run = (...args: string[]) => runInProcess(importFile, args, env);
  const good = () =>
    file(
      "good.csv",
      `${IMPORT_HEADER.join(",")}\nKEN,ixps,mixed,2014-04-23,Kenya spoke about its exchange point at NETmundial.,https://example.org/ken,netmundial-2014,\n`,
    );

  it("previews with --dry-run, imports, and re-imports as a no-op", async () => {
    const csv = good();
    const dry = await run(csv, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("1 rows: 1 new, 0 changed, 0 unchanged (dry run: nothing was written).");
    const real = await run(csv);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("imported 1 rows: 1 new, 0 changed, 0 unchanged.");
    const again = await run(csv);
    expect(again.stdout).toContain("imported 1 rows: 0 new, 0 changed, 1 unchanged.");
  });

  it("lists every bad row by line, writes nothing and exits non-zero", async () => {
    const bad = file(
      "bad.csv",
      `${IMPORT_HEADER.join(",")}\nXXX,ixps,mixed,2014-04-23,A summary that is long enough.,https://example.org/a,,\nKEN,ixps,mixed,2014-04-24,A summary that is long enough.,,,\n`,
    );
    const result = await run(bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("2 bad rows; nothing was imported.");
    expect(result.stderr).toContain("line 2: unknown government XXX");
    expect(result.stderr).toContain("line 3: source_url is missing: every position needs a source");
  });

  it("refuses a file that is not UTF-8, a missing file and a missing argument", async () => {
    const latin1 = await run(file("latin1.csv", Buffer.from([0x67, 0xe9, 0x0a])));
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toContain("is not UTF-8 text");
    const missing = await run(path.join(dir, "nope.csv"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such file");
    expect((await run()).stderr).toContain("Usage: npm run import -- FILE.csv [--dry-run]");
  });
});
