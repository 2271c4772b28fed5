import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { totpFactors, users } from "@/db/schema";
import { createTestDatabase, createTestDataDir, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { runInProcess } from "./run-script";
import { userCreate } from "./user-create";

const PASSWORD = "correct horse battery staple";
const SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

// `npm run user:create` as an operator runs it, on the embedded database and on PostgreSQL (in this
// process; db-backup.test.ts runs each command as a program).
describe.each(TEST_DRIVERS)("npm run user:create on %s", (kind) => {
  let env: Record<string, string>;
  let dataDir: string;
  let pgDatabase: TestDatabase | undefined;

  beforeAll(async () => {
    // A migrated database with no accounts, on either driver.
    if (kind === "postgres") pgDatabase = await createTestDatabase("postgres", { seed: false });
    dataDir =
      kind === "pglite" ? await createTestDataDir({ seed: false }) : fs.mkdtempSync(path.join(os.tmpdir(), "sa-"));
    env = { DATA_DIR: dataDir, DATABASE_URL: pgDatabase?.url ?? "" };
  });
  afterAll(async () => {
    await pgDatabase?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const run = (...args: string[]) => runInProcess(userCreate, args, env);

  async function factorOf(email: string) {
    const handle = openDatabase(kind === "postgres" ? { databaseUrl: pgDatabase?.url } : { dataDir });
    try {
      const rows = await handle.db
        .select({ secret: totpFactors.secret, enabledAt: totpFactors.enabledAt })
        .from(totpFactors)
        .innerJoin(users, eq(users.id, totpFactors.userId))
        .where(eq(users.email, email));
      return rows[0] && { secret: rows[0].secret, enabled: rows[0].enabledAt !== null };
    } finally {
      await handle.close();
    }
  }

  async function roleOf(email: string) {
    const handle = openDatabase(kind === "postgres" ? { databaseUrl: pgDatabase?.url } : { dataDir });
    try {
      const rows = await handle.db.select({ role: users.role }).from(users).where(eq(users.email, email));
      return rows[0]?.role;
    } finally {
      await handle.close();
    }
  }

  it("creates an account with the given role", async () => {
    const result = await run("--email", "mod@example.org", "--password", PASSWORD, "--role", "moderator");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created mod@example.org with role moderator.");
  });

  it("fails with a clear message when the email exists, and changes nothing", async () => {
    const result = await run("--email", "MOD@example.org", "--password", "a different passphrase", "--role", "admin");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("Error: An account with the email mod@example.org already exists.\n");
    expect(await roleOf("mod@example.org")).toBe("moderator");
  });

  it("explains a bad role, a short password and a missing email", async () => {
    const badRole = await run("--email", "x@example.org", "--password", PASSWORD, "--role", "root");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Role must be one of: contributor, moderator, admin.");
    const short = await run("--email", "x@example.org", "--password", "short");
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("Use at least 15 characters.");
    const noEmail = await run("--password", PASSWORD);
    expect(noEmail.code).toBe(2);
    expect(noEmail.stderr).toContain("--email is required.");
  });

  it("enrols a second factor with --totp-secret, and prints the recovery codes once", async () => {
    const result = await run(
      "--email",
      "admin@example.org",
      "--password",
      PASSWORD,
      "--role",
      "admin",
      "--totp-secret",
      SECRET,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Two-factor authentication is on.");
    expect(result.stdout.match(/^[a-z0-9]{5}(-[a-z0-9]{5}){3}$/gm)).toHaveLength(10);
    expect(await factorOf("admin@example.org")).toMatchObject({ secret: SECRET, enabled: true });
  });

  it("refuses a bad secret before creating anything, and tells a moderator without one what it means", async () => {
    const bad = await run(
      "--email",
      "weak@example.org",
      "--password",
      PASSWORD,
      "--role",
      "admin",
      "--totp-secret",
      "JBSWY3DPEHPK3PXP",
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--totp-secret must be base32 (A–Z, 2–7) of at least 26 characters");
    expect(await roleOf("weak@example.org")).toBeUndefined();
    const plain = await run("--email", "plain-mod@example.org", "--password", PASSWORD, "--role", "moderator");
    expect(plain.stdout).toContain(
      "Until they turn on two-factor authentication (on /me, or here with --totp-secret), plain-mod@example.org acts as a contributor.",
    );
  });

  it("changes an existing account's role with --update", async () => {
    const result = await run("--email", "mod@example.org", "--role", "admin", "--update");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Updated mod@example.org (role admin).");
    expect(await roleOf("mod@example.org")).toBe("admin");
  });
});
