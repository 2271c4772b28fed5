import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { CONTROL_CHARACTERS_REFUSED } from "@/server/shared/control-characters";
import { appRouter } from "./root";
import { callerAs, makeAccount } from "./testing";
import { createInnerContext } from "./trpc";

// What a caller can send that the database cannot take is refused as a bad request, before any query runs.

const refusal = (message: string | RegExp) =>
  expect.objectContaining({
    code: "BAD_REQUEST",
    message: typeof message === "string" ? message : expect.stringMatching(message),
  });

describe.each(TEST_DRIVERS)("inputs the database cannot take, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  it("refuses a NUL or other control character in any text, for anonymous callers and every role", async () => {
    const anonymous = callerAs(t.db, null);
    await expect(anonymous.changes.list({ topic: "\u0000" })).rejects.toEqual(refusal(CONTROL_CHARACTERS_REFUSED));
    await expect(anonymous.changes.list({ government: "R\u0007S" })).rejects.toBeInstanceOf(TRPCError);
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator")).id);
    await expect(moderator.moderation.queue({ author: "Mo\u0000" })).rejects.toEqual(
      refusal(CONTROL_CHARACTERS_REFUSED),
    );
    const admin = callerAs(t.db, (await makeAccount(t.db, "admin")).id);
    await expect(admin.adminUsers.list({ q: "\u0000" })).rejects.toEqual(refusal(CONTROL_CHARACTERS_REFUSED));
  });

  it("refuses a proposal with a NUL in its summary, and writes nothing", async () => {
    const contributor = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    const [before] = await t.db.select({ n: count() }).from(revisions);
    const proposal = {
      government: "Chile",
      topic: "igf-role",
      stance: "mixed" as const,
      statedOn: "2013-10-23",
      event: null,
      summary: "Chile said the IGF\u0000 is the venue.",
      sources: ["https://example.org/chile"],
      quote: null,
    };
    await expect(contributor.contributions.propose(proposal)).rejects.toEqual(refusal(CONTROL_CHARACTERS_REFUSED));
    const [after] = await t.db.select({ n: count() }).from(revisions);
    expect(after?.n).toBe(before?.n);
  });

  it("keeps tabs and line breaks, which people do type", async () => {
    const anonymous = callerAs(t.db, null);
    await expect(anonymous.changes.list({ topic: "ixps\t" })).resolves.toEqual([]);
  });

  it("refuses a date before 1990 (the year 0000 included) as a bad request, not a database error", async () => {
    const anonymous = callerAs(t.db, null);
    await expect(anonymous.matrix.cells({ at: "0000-01-01" })).rejects.toEqual(refusal(/on or after 1990-01-01/));
    await expect(anonymous.matrix.cells({ at: "1989-12-31" })).rejects.toEqual(refusal(/on or after 1990-01-01/));
    await expect(anonymous.matrix.cells({ at: "1990-01-01" })).resolves.toEqual([]);
  });

  it("refuses an id beyond a 4-byte integer (2147483648) as a bad request, not a database error", async () => {
    const beyond = 2_147_483_648;
    const contributor = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    const edit = {
      government: "Chile",
      topic: "igf-role",
      stance: "mixed" as const,
      statedOn: "2013-10-23",
      summary: "Chile on the IGF.",
      sources: ["https://example.org/chile"],
    };
    await expect(
      contributor.contributions.propose({ ...edit, positionId: beyond, baseRevisionId: 1 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      contributor.contributions.propose({ ...edit, positionId: 1, baseRevisionId: beyond }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const anonymous = callerAs(t.db, null);
    await expect(anonymous.positions.record({ id: beyond })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(anonymous.replies.forPosition({ id: beyond })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const admin = callerAs(t.db, (await makeAccount(t.db, "admin")).id);
    await expect(
      admin.referenceAdmin.endMembership({
        id: beyond,
        leftOn: "2001-01-01",
        leftSourceUrl: "https://example.org/left",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("answers a body of 40,000 nested [ with 400, not a server error", async () => {
    const deep = "[".repeat(40_000) + "]".repeat(40_000);
    const send = (path: string, init: RequestInit) =>
      fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(`http://127.0.0.1/api/trpc/${path}`, init),
        router: appRouter,
        createContext: () => createInnerContext({ db: t.db }),
      });
    const post = await send("contributions.propose", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: deep,
    });
    expect(post.status).toBe(400);
    const get = await send(`changes.list?input=${encodeURIComponent(deep)}`, { method: "GET" });
    expect(get.status).toBe(400);
    await expect(callerAs(t.db, null).changes.list(JSON.parse(deep))).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
