import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { walSyncer } from "./pglite-durability";

// The fsync PGlite cannot do: the write-ahead log segments a write touched, and only those.

describe("making the embedded database's writes durable", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-durable-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("fsyncs the log segments written since the last sync, and nothing when nothing was written", async () => {
    const handle = openDatabase({ dataDir });
    try {
      await handle.db.execute(sql`create table notes (body text)`);
      await handle.db.execute(sql`insert into notes values ('acknowledged')`);
      const sync = walSyncer(path.join(dataDir, "pg"));
      expect(sync()).toBeGreaterThanOrEqual(1); // the segment that holds the commit
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the second of slack for coarse file clocks
      sync(); // still within that second of the last sync's start: synced again, to be safe
      expect(sync()).toBe(0);
      await handle.db.execute(sql`insert into notes values ('another')`);
      expect(sync()).toBeGreaterThanOrEqual(1);
      await expect(handle.flush()).resolves.toBeUndefined();
    } finally {
      await handle.close();
    }
  });
});
