import { TRPCError } from "@trpc/server";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition, currentRevisionOf, TEST_SOURCE } from "@/db/factories";
import { positions, revisions } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, makeAccount } from "@/server/api/testing";
import { type ProposalInput } from "@/server/schemas/proposals";
import { todayUtc } from "@/server/shared/dates";
import { ZodError } from "zod";
import { FieldError } from "@/server/shared/errors";
import { listPositions } from "./positions";
import { matrixAsOf } from "./matrix";

const SOURCE = "https://cdt.org/blogs/emma-llanso/1705wtpf-successful-outcome-many-questions-remain";

const proposal = (over: Partial<ProposalInput> = {}): ProposalInput => ({
  government: "Chile",
  topic: "igf-role",
  stance: "leans_multistakeholder",
  statedOn: "2013-10-23",
  event: "igf-2013",
  summary: "Chile called the IGF the right venue for Internet policy dialogue.",
  sources: [SOURCE],
  quote: null,
  ...over,
});

/** The form field an error belongs to, as the error formatter reports it to the form. */
function failedField(error: TRPCError): string | undefined {
  const cause = error.cause;
  if (cause instanceof ZodError) return String(cause.issues[0]?.path[0]);
  if (cause instanceof FieldError) return cause.field;
  return undefined;
}

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe.each(TEST_DRIVERS)("proposals on %s", (kind) => {
  let t: TestDatabase;
  let contributor: { id: string };
  let as: ReturnType<typeof callerAs>;
  const revisionCount = async () => (await t.db.select({ n: count() }).from(revisions))[0]?.n;

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    contributor = await makeAccount(t.db, "contributor");
    as = callerAs(t.db, contributor.id);
  });
  afterAll(() => t.destroy());

  it("records a new position as a pending revision that no public view shows", async () => {
    const result = await as.contributions.propose(proposal());
    expect(result.mergedIntoExisting).toBe(false);
    const [revision] = await t.db.select().from(revisions).where(eq(revisions.id, result.revisionId));
    expect(revision).toMatchObject({
      status: "pending",
      authorId: contributor.id,
      baseRevisionId: null,
      stance: "leans_multistakeholder",
      eventSlug: "igf-2013",
    });
    expect(await listPositions(t.db, { government: "CHL" })).toEqual([]);
    const matrix = await matrixAsOf(t.db, { at: todayUtc(), topics: ["igf-role"] });
    expect(matrix.rows.find((r) => r.iso3 === "CHL")?.cells["igf-role"]).toBeNull();
    const mine = await as.contributions.mine();
    expect(mine[0]).toMatchObject({
      revisionId: result.revisionId,
      status: "pending",
      government: { iso3: "CHL", name: "Chile" },
      isEdit: false,
      published: false,
    });
  });

  it("records how the position is known, and dates a year-only position at the last day of its year", async () => {
    const result = await as.contributions.propose(
      proposal({
        government: "Peru",
        evidence: "endorsement",
        statedOn: "2013-03-01",
        datePrecision: "year",
        event: null,
      }),
    );
    const [position] = await t.db.select().from(positions).where(eq(positions.id, result.positionId));
    expect(position?.statedOn).toBe("2013-12-31");
    const [revision] = await t.db.select().from(revisions).where(eq(revisions.id, result.revisionId));
    expect(revision).toMatchObject({ evidence: "endorsement", datePrecision: "year", statedOn: "2013-12-31" });
  });

  it("records an edit against the approved revision it started from", async () => {
    const id = await approvedPosition(t.db, {
      government: "KEN",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-23",
    });
    const [position] = await t.db.select().from(positions).where(eq(positions.id, id));
    const result = await as.contributions.propose(
      proposal({
        government: "KEN",
        topic: "ixps",
        statedOn: "2014-04-23",
        event: null,
        positionId: id,
        baseRevisionId: position?.currentRevisionId,
      }),
    );
    const [revision] = await t.db.select().from(revisions).where(eq(revisions.id, result.revisionId));
    expect(revision?.baseRevisionId).toBe(position?.currentRevisionId);
    expect((await listPositions(t.db, { government: "KEN" }))[0]?.stance).toBe("mixed"); // still the approved one
  });

  it("turns a new position with an existing one's government, topic and date into an edit of it", async () => {
    const id = await approvedPosition(t.db, {
      government: "GHA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-24",
    });
    const result = await as.contributions.propose(
      proposal({
        government: "gha",
        topic: "Internet Exchange Points in developing countries",
        statedOn: "2014-04-24",
        event: null,
      }),
    );
    expect(result).toMatchObject({ positionId: id, mergedIntoExisting: true });
    const [position] = await t.db.select().from(positions).where(eq(positions.id, id));
    const [revision] = await t.db.select().from(revisions).where(eq(revisions.id, result.revisionId));
    expect(revision?.baseRevisionId).toBe(position?.currentRevisionId);
  });

  it("refuses an edit whose base went stale, says what is there now, and writes nothing", async () => {
    const id = await approvedPosition(t.db, {
      government: "IND",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-22",
    });
    const [position] = await t.db.select().from(positions).where(eq(positions.id, id));
    const before = await revisionCount();
    const error = await refusal(
      as.contributions.propose(
        proposal({
          government: "IND",
          topic: "ixps",
          statedOn: "2014-04-22",
          event: null,
          positionId: id,
          baseRevisionId: null,
        }),
      ),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/approved while you were editing/);
    expect(await revisionCount()).toBe(before);
    expect(position?.currentRevisionId).not.toBeNull();
  });

  it("never shows a withdrawn position's content to a contributor: an edit of it is refused as not found", async () => {
    const secret = "Withdrawn: attributed to the wrong government, and kept from every reader.";
    const id = await approvedPosition(t.db, {
      government: "BOL",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-20",
      summary: secret,
    });
    const moderator = callerAs(t.db, (await makeAccount(t.db, "moderator")).id);
    await moderator.moderation.withdrawPosition({
      positionId: id,
      seenRevisionId: await currentRevisionOf(t.db, id),
      reason: "Attributed to the wrong government.",
    });
    const before = await revisionCount();
    const edit = proposal({
      government: "BOL",
      topic: "ixps",
      statedOn: "2014-04-20",
      event: null,
      positionId: id,
      baseRevisionId: null,
    });
    const error = await refusal(as.contributions.propose(edit));
    expect(error.code).toBe("NOT_FOUND");
    expect(JSON.stringify({ message: error.message, cause: error.cause })).not.toContain("wrong government");
    expect(await revisionCount()).toBe(before);
    // A moderator, who sees withdrawn positions anyway, is told what is there.
    expect((await refusal(moderator.contributions.propose(edit))).code).toBe("CONFLICT");
    // Proposing the hidden content as a new position is not answered with "nothing to review" (which would confirm it).
    const same = await as.contributions.propose(
      proposal({
        government: "BOL",
        topic: "ixps",
        statedOn: "2014-04-20",
        event: null,
        stance: "mixed",
        summary: secret,
        sources: [TEST_SOURCE],
      }),
    );
    expect(same.status).toBe("pending");
  });

  it("refuses an edit that changes nothing", async () => {
    const id = await approvedPosition(t.db, {
      government: "PER",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-21",
      summary: "Peru said the same thing twice over.",
    });
    const [position] = await t.db.select().from(positions).where(eq(positions.id, id));
    const same = proposal({
      government: "PER",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-04-21",
      event: null,
      summary: "Peru said the same thing twice over.",
      sources: ["https://example.org/test-source"],
      positionId: id,
      baseRevisionId: position?.currentRevisionId,
    });
    expect((await refusal(as.contributions.propose(same))).message).toMatch(/Nothing to review/);
  });

  it("stores the language a summary is written in: saying it is French is an edit of its own", async () => {
    const summary = "Le Pérou a décrit son point d'échange comme une installation partagée.";
    const id = await approvedPosition(t.db, {
      government: "PER",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-05-02",
      summary,
    });
    const [position] = await t.db.select().from(positions).where(eq(positions.id, id));
    const edit = proposal({
      government: "PER",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2014-05-02",
      event: null,
      summary,
      language: "fr",
      sources: ["https://example.org/test-source"],
      positionId: id,
      baseRevisionId: position?.currentRevisionId,
    });
    const { revisionId } = await as.contributions.propose(edit);
    const [stored] = await t.db
      .select({ language: revisions.language })
      .from(revisions)
      .where(eq(revisions.id, revisionId));
    expect(stored?.language).toBe("fr");
    // The database keeps it with the rest of the content: a revision's language never changes afterwards.
    await expect(t.db.update(revisions).set({ language: "es" }).where(eq(revisions.id, revisionId))).rejects.toThrow();
  });

  const invalid: [string, Partial<ProposalInput>, string, RegExp][] = [
    ["an unknown government", { government: "Atlantis" }, "government", /No government is called “Atlantis”/],
    ["an unknown topic", { topic: "space-law" }, "topic", /No open topic/],
    ["an unknown event", { event: "wsis-1850" }, "event", /No event/],
    ["a stance off the scale", { stance: "hostile" as ProposalInput["stance"] }, "stance", /five stances/],
    ["a date before 1990", { statedOn: "1989-12-31" }, "statedOn", /before 1990/],
    ["a date in the future", { statedOn: "2999-01-01" }, "statedOn", /future/],
    ["a date that does not exist", { statedOn: "2013-02-30" }, "statedOn", /real date/],
    ["a short summary", { summary: "Too short." }, "summary", /at least 20/],
    ["a long summary", { summary: "x".repeat(2001) }, "summary", /2000 characters/],
    ["a long quote", { quote: "x".repeat(2001) }, "quote", /2000 characters/],
    ["no source", { sources: [] }, "sources", /at least one source/],
    ["a language not among the six", { language: "pt" as ProposalInput["language"] }, "language", /one of en, ar/],
    ["a non-web source", { sources: ["javascript:alert(1)"] }, "sources", /http/],
    ["an ftp source", { sources: ["ftp://example.org/file"] }, "sources", /http/],
  ];
  it.each(invalid)(
    "refuses %s with a message for that field and writes nothing",
    async (_name, change, field, message) => {
      const before = await revisionCount();
      const error = await refusal(as.contributions.propose(proposal({ statedOn: "2013-10-24", ...change })));
      expect(error.code).toBe("BAD_REQUEST");
      expect(error.message).toMatch(message);
      expect(failedField(error)).toBe(field);
      expect(await revisionCount()).toBe(before);
    },
  );

  it("lets the author, and only the author, withdraw a pending proposal", async () => {
    const { revisionId } = await as.contributions.propose(proposal({ statedOn: "2013-10-25" }));
    const other = await makeAccount(t.db, "contributor");
    expect((await refusal(callerAs(t.db, other.id).contributions.withdraw({ revisionId }))).code).toBe("FORBIDDEN");
    await as.contributions.withdraw({ revisionId });
    expect((await as.contributions.mine()).find((c) => c.revisionId === revisionId)?.status).toBe("withdrawn");
    const again = await refusal(as.contributions.withdraw({ revisionId }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already withdrawn/);
    expect((await refusal(as.contributions.withdraw({ revisionId: 999_999 }))).code).toBe("NOT_FOUND");
  });

  it("limits a contributor to 60 proposals an hour, then says when to try again", async () => {
    const busy = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    for (let day = 1; day <= 60; day++) {
      await busy.contributions.propose(
        proposal({
          government: "URY",
          statedOn: `2001-01-${String(day % 28 || 28).padStart(2, "0")}`,
          topic: day > 28 ? (day > 56 ? "ixps" : "igf-role") : "ipv6-transition",
          event: null,
        }),
      );
    }
    const before = await revisionCount();
    const error = await refusal(
      busy.contributions.propose(proposal({ government: "URY", statedOn: "2002-02-02", event: null })),
    );
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(error.message).toMatch(/Too many proposals by one contributor\. Try again in 60 minutes\./);
    expect(await revisionCount()).toBe(before);
    // Someone else is not affected.
    await expect(
      as.contributions.propose(proposal({ government: "URY", statedOn: "2002-02-02", event: null })),
    ).resolves.toMatchObject({ mergedIntoExisting: false });
  });
});
