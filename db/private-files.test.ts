import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";

/** Every directory and file below `dir` with its permission bits. */
function modes(dir: string): { entry: string; mode: number; directory: boolean }[] {
  const stat = fs.statSync(dir);
  const here = { entry: dir, mode: stat.mode & 0o777, directory: stat.isDirectory() };
  return stat.isDirectory() ? [here, ...fs.readdirSync(dir).flatMap((name) => modes(path.join(dir, name)))] : [here];
}

describe("the embedded database's files", () => {
  it("are the server user's alone: the data dir 0700 and every file in it 0600, an existing one's too", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-private-"));
    try {
      fs.chmodSync(dataDir, 0o755);
      fs.writeFileSync(path.join(dataDir, "left-over"), "from an older release", { mode: 0o644 });
      const handle = openDatabase({ dataDir });
      await handle.migrate();
      await handle.close();
      const all = modes(dataDir);
      expect(all.length).toBeGreaterThan(100); // PostgreSQL's own files are there
      expect(all.filter((m) => m.directory && m.mode !== 0o700)).toEqual([]);
      expect(all.filter((m) => !m.directory && m.mode !== 0o600)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
