import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { type Role } from "@/db/enums";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/db/testing";
import { hasRole } from "@/server/auth/access";
import { liveSessionUser } from "@/server/auth/credentials";
import { banUser, setRole } from "@/server/services/user-admin";
import { appRouter } from "./root";
import { callerAs, makeAccount } from "./testing";

// Every tRPC procedure × every kind of caller. A procedure missing from ACCESS fails the
// first test, so nobody can add one without deciding who may call it.

/** Rows the inputs name; `ownPending` is a pending proposal by the caller (or by someone, for callers with none). */
type Ids = { target: string; positionId: number; ownPending: number };
type Rule = { least: "public" | Role; input?: (ids: Ids) => unknown };

const ACCESS: Record<string, Rule> = {
  "governments.get": { least: "public", input: () => ({ iso3: "BRA" }) },
  "governments.directory": { least: "public" },
  "governments.list": { least: "public" },
  "topics.list": { least: "public" },
  "topics.get": { least: "public", input: () => ({ slug: "ixps" }) },
  "events.list": { least: "public" },
  "stats.site": { least: "public" },
  "matrix.asOf": { least: "public" },
  "matrix.cells": { least: "public", input: () => ({ at: "2014-01-01" }) },
  "matrix.years": { least: "public", input: () => ({ topics: ["ixps"] }) },
  "matrix.timeline": { least: "public" },
  "positions.list": { least: "public" },
  "positions.detail": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "positions.forEdit": { least: "public", input: (ids) => ({ id: ids.positionId }) },
  "contributions.mine": { least: "contributor" },
  "contributions.propose": {
    least: "contributor",
    input: () => ({ government: "NOR", topic: "ixps", stance: "mixed", statedOn: "2014-01-01", summary: "Norway spoke about exchange points.", sources: ["https://example.org/norway"] }),
  },
  "contributions.withdraw": { least: "contributor", input: (ids) => ({ revisionId: ids.ownPending }) },
  "adminUsers.list": { least: "admin", input: () => ({}) },
  "adminUsers.setRole": { least: "admin", input: (ids) => ({ userId: ids.target, role: "moderator" }) },
  "adminUsers.ban": { least: "admin", input: (ids) => ({ userId: ids.target, reason: "Access table test" }) },
  "adminUsers.unban": { least: "admin", input: (ids) => ({ userId: ids.target }) },
};

const CALLERS = ["anonymous", "contributor", "banned", "moderator", "admin"] as const;
type CallerKind = (typeof CALLERS)[number];

/** What the caller must be refused with, or null when it may call the procedure. */
function expectedRefusal(rule: Rule, caller: CallerKind): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (rule.least === "public") return null;
  if (caller === "anonymous") return "UNAUTHORIZED";
  if (caller === "banned") return "FORBIDDEN";
  return hasRole(caller, rule.least) ? null : "FORBIDDEN";
}

function procedureAt(caller: ReturnType<typeof callerAs>, path: string): (input?: unknown) => Promise<unknown> {
  const [group, name] = path.split(".") as [string, string];
  const procedures = (caller as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>)[group];
  const procedure = procedures?.[name];
  if (!procedure) throw new Error(`No procedure ${path}`);
  return procedure;
}

describe.each(TEST_DRIVERS)("who may call what, on %s", (kind) => {
  let t: TestDatabase;
  const userIds: Partial<Record<CallerKind, string | null>> = { anonymous: null };
  let ids: Omit<Ids, "ownPending">;
  const pendingBy = new Map<string | null, number>();

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    for (const role of ["contributor", "moderator", "admin"] as const) userIds[role] = (await makeAccount(t.db, role)).id;
    const banned = await makeAccount(t.db, "contributor");
    const admin = { id: userIds.admin ?? "", name: "Admin", role: "admin" as const };
    await banUser(t.db, admin, { userId: banned.id, reason: "Spam" });
    userIds.banned = banned.id;
    ids = {
      target: (await makeAccount(t.db, "contributor")).id,
      positionId: await approvedPosition(t.db, { government: "NOR", topic: "ixps", stance: "mixed", statedOn: "2013-01-01" }),
    };
    for (const role of ["contributor", "moderator", "admin"] as const) {
      const proposal = { government: "SWE", topic: "ixps", stance: "mixed" as const, statedOn: "2013-02-02", summary: "Sweden spoke about exchange points.", sources: ["https://example.org/sweden"] };
      pendingBy.set(userIds[role] ?? null, (await callerAs(t.db, userIds[role] ?? null).contributions.propose(proposal)).revisionId);
    }
  });
  afterAll(() => t.destroy());

  it("has a rule for every procedure", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const cases = Object.entries(ACCESS).flatMap(([path, rule]) => CALLERS.map((caller) => [path, caller, rule] as const));
  it.each(cases)("%s as %s", async (path, caller, rule) => {
    const userId = userIds[caller] ?? null;
    const call = procedureAt(callerAs(t.db, userId), path);
    const ownPending = pendingBy.get(userId) ?? [...pendingBy.values()][0] ?? 0;
    const outcome = await call(rule.input?.({ ...ids, ownPending })).then(() => null, (e: unknown) => e);
    const refusal = expectedRefusal(rule, caller);
    if (refusal) {
      expect(outcome).toBeInstanceOf(TRPCError);
      expect((outcome as TRPCError).code).toBe(refusal);
    } else {
      // Allowed: it ran (an error here would be about the input, never about who is asking).
      expect(outcome).toBeNull();
    }
  });
});

describe.each(TEST_DRIVERS)("changes to an account reach its open session at once, on %s", (kind) => {
  let t: TestDatabase;
  let admin: { id: string; name: string; role: "admin" };
  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    admin = { ...(await makeAccount(t.db, "admin")), role: "admin" };
  });
  afterAll(() => t.destroy());

  const code = (promise: Promise<unknown>) => promise.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

  it("a ban stops writes on the next request and ends the session", async () => {
    const user = await makeAccount(t.db, "contributor");
    const session = callerAs(t.db, user.id);
    expect(await code(session.contributions.mine())).toBe("OK");
    expect(await liveSessionUser(t.db, user.id, 0)).not.toBeNull();
    await banUser(t.db, admin, { userId: user.id, reason: "Vandalism" });
    expect(await code(session.contributions.mine())).toBe("FORBIDDEN");
    expect(await liveSessionUser(t.db, user.id, 0)).toBeNull();
    expect(await liveSessionUser(t.db, user.id, 1)).toBeNull();
  });

  it("a role change applies to the next request of an open session", async () => {
    const user = await makeAccount(t.db, "contributor");
    const session = callerAs(t.db, user.id);
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
    await setRole(t.db, admin, { userId: user.id, role: "admin" });
    expect(await code(session.adminUsers.list({}))).toBe("OK");
    await setRole(t.db, admin, { userId: user.id, role: "contributor" });
    expect(await code(session.adminUsers.list({}))).toBe("FORBIDDEN");
  });
});
