import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./auth-secret";

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-atlas-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("AUTH_SECRET on npm start", () => {
  it("makes a secret on first start and keeps it in the data dir, readable only by its owner", () => {
    const dir = tempDir();
    const first = resolveAuthSecret({ NODE_ENV: "production" }, dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ NODE_ENV: "production" }, dir)).toBe(first);
  });

  it("uses AUTH_SECRET when it is set", () => {
    expect(resolveAuthSecret({ NODE_ENV: "production", AUTH_SECRET: "given" }, tempDir())).toBe("given");
  });

  it("requires AUTH_SECRET in production on PostgreSQL, and says why", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://db/x" }, tempDir())).toThrow(
      /AUTH_SECRET is required when DATABASE_URL is set in production: every instance must sign sessions with the same secret/,
    );
  });
});
