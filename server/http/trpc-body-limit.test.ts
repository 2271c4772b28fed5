import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { makeAccount } from "@/server/api/testing";
import { banUser } from "@/server/services/user-admin";
import { withinTrpcBodyLimit } from "./trpc-body-limit";

// The one large body the tRPC endpoint takes is a moderator's CSV import, and only the import
// alone: everyone else, and every other path, gets 100 kB before the body is read.

const BIG = JSON.stringify({ fileName: "big.csv", text: "x".repeat(200 * 1024), dryRun: true });
const post = (path: string) =>
  new Request(`http://localhost/api/trpc/${path}`, {
    method: "POST",
    body: BIG,
    headers: { "content-type": "application/json" },
  });
const statusOf = (answer: Request | Response) => (answer instanceof Response ? answer.status : "read");

describe.each(TEST_DRIVERS)("the tRPC body limit on %s", (kind) => {
  let t: TestDatabase;
  let moderator: string;
  let contributor: string;
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    moderator = (await makeAccount(t.db, "moderator")).id;
    contributor = (await makeAccount(t.db, "contributor")).id;
  });
  afterAll(() => t.destroy());

  it("refuses an anonymous 200 kB body with 413, whatever path names imports.run", async () => {
    for (const path of [
      "imports.run",
      "imports.run,positions.propose?batch=1",
      "imports.run?batch=1",
      "x.imports.run",
      "contributions.propose?imports.run",
    ]) {
      expect(statusOf(await withinTrpcBodyLimit(post(path), t.db, null)), path).toBe(413);
    }
  });

  it("refuses a contributor's 200 kB import with 413: only those allowed to import get the large limit", async () => {
    expect(statusOf(await withinTrpcBodyLimit(post("imports.run"), t.db, contributor))).toBe(413);
  });

  it("gives a moderator the large limit for the import alone, never for a batch or another procedure", async () => {
    expect(statusOf(await withinTrpcBodyLimit(post("imports.run"), t.db, moderator))).toBe("read");
    for (const path of ["imports.run,positions.propose?batch=1", "imports.run?batch=1", "contributions.propose"]) {
      expect(statusOf(await withinTrpcBodyLimit(post(path), t.db, moderator)), path).toBe(413);
    }
  });

  it("refuses a banned moderator's import with 413", async () => {
    const banned = (await makeAccount(t.db, "moderator")).id;
    const admin = await makeAccount(t.db, "admin");
    await banUser(t.db, { ...admin, role: "admin" }, { userId: banned, reason: "Spam imports, many times." });
    expect(statusOf(await withinTrpcBodyLimit(post("imports.run"), t.db, banned))).toBe(413);
  });
});
