import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { needsBuild } from "./build-state";

// `npm start` rebuilds when something Next compiles is newer than the build, and only then.

let root: string;
const hourAgo = (Date.now() - 3_600_000) / 1000;

function write(file: string, mtime = hourAgo) {
  const full = path.join(root, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, "x");
  fs.utimesSync(full, mtime, mtime);
  for (let dir = path.dirname(full); dir.startsWith(root) && dir !== root; dir = path.dirname(dir))
    fs.utimesSync(dir, hourAgo, hourAgo);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "build-state-"));
  for (const file of ["app/page.tsx", "server/log.ts", "proxy.ts", "instrumentation.ts", "next.config.ts"]) write(file);
  write(".next/BUILD_ID", (Date.now() - 60_000) / 1000);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("needsBuild", () => {
  it("builds when there is no build yet", () => {
    fs.rmSync(path.join(root, ".next"), { recursive: true });
    expect(needsBuild(root)).toBe(true);
  });

  it("keeps a build that is newer than every source", () => {
    expect(needsBuild(root)).toBe(false);
  });

  it.each(["proxy.ts", "instrumentation.ts", "app/page.tsx", "server/log.ts", "next.config.ts"])(
    "rebuilds after %s changes",
    (file) => {
      write(file, Date.now() / 1000);
      expect(needsBuild(root)).toBe(true);
    },
  );

  it("does not rebuild for an edited test", () => {
    write("server/log.test.ts", Date.now() / 1000);
    fs.utimesSync(path.join(root, "server"), hourAgo, hourAgo);
    expect(needsBuild(root)).toBe(false);
  });
});
