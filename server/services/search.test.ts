import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approvedPosition } from "@/db/factories";
import { topics } from "@/db/schema";
import { callerAs, makeAccount } from "@/server/api/testing";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { searchQuerySchema } from "@/server/schemas/search";
import { BadInputError } from "@/server/shared/errors";
import { searchPositions } from "./search";

// Search over the published positions, on both drivers: web-search syntax, English stemming, newest first, the
// matched words marked in each summary's passage; documents kept by the database as positions and topics change.

describe.each(TEST_DRIVERS)("search on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("finds the Convention's signatures and the 74/247 votes for “cybercrime”, newest first, the word marked", async () => {
    const answer = await searchPositions(t.db, { q: "cybercrime", limit: 200 });
    expect(answer.total).toBeGreaterThan(200);
    const summaries = answer.results.map((hit) => hit.summary);
    expect(summaries.some((s) => s.startsWith("Signed the UN Convention against Cybercrime"))).toBe(true);
    const dates = answer.results.map((hit) => hit.statedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const votes = await searchPositions(t.db, { q: "cybercrime 74/247 voted", limit: 200 });
    expect(votes.results.length).toBeGreaterThan(50);
    expect(votes.results.every((hit) => hit.summary.includes("74/247"))).toBe(true);
    const marked = answer.results[0]?.passage.filter((part) => part.match).map((part) => part.text.toLowerCase());
    expect(marked).toContain("cybercrime");
  });

  it("finds a dataset position by the name of the record it was coded from, a word no summary holds", async () => {
    // "membership" is only in the title "Freedom Online Coalition membership": every hit is a coalition member's position.
    const members = await searchPositions(t.db, { q: "membership", limit: 200 });
    expect(members.total).toBeGreaterThan(30);
    expect(members.results.every((hit) => hit.summary.includes("Freedom Online Coalition"))).toBe(true);
    // A rival pair's position carries both roll calls' titles: "recorded vote" finds it, and no statement.
    const votes = await searchPositions(t.db, { q: '"recorded vote"', limit: 200 });
    expect(votes.total).toBeGreaterThan(150);
    expect(votes.results.every((hit) => hit.evidence === "vote" || hit.evidence === "submission")).toBe(true);
  });

  it("reads web-search syntax and the matrix's filters", async () => {
    const withoutSignatures = await searchPositions(t.db, { q: "cybercrime -signed", limit: 200 });
    expect(withoutSignatures.results.some((hit) => hit.summary.startsWith("Signed"))).toBe(false);
    expect(withoutSignatures.total).toBeGreaterThan(0);
    const russia = await searchPositions(t.db, { q: "cybercrime", government: "RUS" });
    expect(russia.results.length).toBeGreaterThan(0);
    expect(russia.results.every((hit) => hit.government.iso3 === "RUS")).toBe(true);
    const votes = await searchPositions(t.db, { q: "cybercrime", evidence: ["vote"], limit: 200 });
    expect(votes.results.every((hit) => hit.evidence === "vote")).toBe(true);
    // A government's name and a topic's title find its positions (stemmed: "Kenya's" finds Kenya).
    const kenya = await searchPositions(t.db, { q: "Kenya's", topic: "un-cybercrime-treaty" });
    expect(kenya.results.map((hit) => hit.government.iso3)).toContain("KEN");
  });

  it("answers a search with no word to look for with a clear 400, not an error", async () => {
    for (const q of ["?!", "“ ”", "the", "-"])
      await expect(searchPositions(t.db, { q }), q).rejects.toThrow(BadInputError);
    await expect(searchPositions(t.db, { q: "..." })).rejects.toThrow(/Nothing to search for in “...”/);
    // What the schema refuses before the database sees it (the API's and the page's edge).
    expect(searchQuerySchema.safeParse({ q: "   " }).error?.issues[0]?.message).toBe("Say what to search for.");
    expect(searchQuerySchema.safeParse({ q: "x".repeat(201) }).error?.issues[0]?.message).toMatch(/200 characters/);
    expect(searchQuerySchema.safeParse({ q: "x", limit: "0" }).success).toBe(false);
  });

  it("finds a position by its approved words only, and by its topic's new title once an admin renames it", async () => {
    const word = kind === "pglite" ? "zanzibarian" : "tasmanianish";
    const id = await approvedPosition(t.db, {
      government: "GHA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2011-03-04",
      summary: `Ghana described its ${word} exchange point.`,
    });
    expect((await searchPositions(t.db, { q: word })).results.map((hit) => hit.id)).toEqual([id]);

    const author = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    const pending = kind === "pglite" ? "quokkaesque" : "wombatlike";
    await author.contributions.propose({
      government: "GHA",
      topic: "ixps",
      stance: "mixed",
      statedOn: "2011-05-06",
      summary: `A proposal that only moderators have seen, ${pending}.`,
      sources: ["https://example.org/pending"],
    });
    await expect(searchPositions(t.db, { q: pending })).resolves.toMatchObject({ total: 0 });

    const renamed = kind === "pglite" ? "Peering Crossroads" : "Traffic Junctions";
    await t.db.update(topics).set({ title: renamed }).where(eq(topics.slug, "ixps"));
    const hits = await searchPositions(t.db, { q: renamed, government: "GHA" });
    expect(hits.results.map((hit) => hit.id)).toContain(id);
  });
});
