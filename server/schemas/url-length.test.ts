import { describe, expect, it } from "vitest";
import { endMembershipInputSchema, membershipInputSchema } from "./bloc-admin";
import { importRowSchema } from "./import-row";
import { proposalSchema } from "./proposals";
import { replySchema } from "./replies";

// Every web address a person can send (sources, an end's source, a reply's link, a membership's
// source) is at most 2,048 characters: longer ones are refused by the shared schemas (so by the form,
// tRPC and an import's rows alike), with the field named.

const url = (length: number) => {
  const start = "https://example.org/";
  return start + "a".repeat(length - start.length);
};
const LONGEST = url(2048);
const TOO_LONG = url(2049);
const TOO_LONG_MESSAGE = "Keep each web address to 2,048 characters or fewer.";

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

const proposal = {
  government: "KEN",
  topic: "ixps",
  stance: "mixed",
  statedOn: "2014-04-23",
  summary: "Kenya spoke about its exchange point at length.",
  sources: [LONGEST],
};
const end = { endedOn: "2016-02-10", endNote: "Withdrew from the Freedom Online Coalition" };

describe("the length of web addresses", () => {
  it("takes a proposal's source of 2,048 characters and refuses one of 2,049, naming the field", () => {
    expect(proposalSchema.safeParse(proposal).success).toBe(true);
    expect(issuesOf(proposalSchema.safeParse({ ...proposal, sources: ["https://example.org/ok", TOO_LONG] }))).toEqual([
      ["sources.1", TOO_LONG_MESSAGE],
    ]);
  });

  it("refuses a 2,049-character source of a position's end", () => {
    expect(proposalSchema.safeParse({ ...proposal, ...end, endSource: LONGEST }).success).toBe(true);
    expect(issuesOf(proposalSchema.safeParse({ ...proposal, ...end, endSource: TOO_LONG }))).toEqual([
      ["endSource", TOO_LONG_MESSAGE],
    ]);
  });

  it("refuses a 2,049-character link in a government's reply", () => {
    expect(
      issuesOf(replySchema.safeParse({ positionId: 1, body: "Our statement was misread.", sourceUrl: TOO_LONG })),
    ).toEqual([["sourceUrl", TOO_LONG_MESSAGE]]);
  });

  it("refuses a 2,049-character source of a bloc membership or of its end", () => {
    const membership = { bloc: "g77", government: "KEN", joinedOn: "1964-06-15", joinedPrecision: "day" };
    expect(membershipInputSchema.safeParse({ ...membership, sourceUrl: LONGEST }).success).toBe(true);
    expect(issuesOf(membershipInputSchema.safeParse({ ...membership, sourceUrl: TOO_LONG }))).toEqual([
      ["sourceUrl", `Source: ${TOO_LONG_MESSAGE}`],
    ]);
    expect(
      issuesOf(endMembershipInputSchema.safeParse({ id: 1, leftOn: "2001-01-01", leftSourceUrl: TOO_LONG })),
    ).toEqual([["leftSourceUrl", `Source: ${TOO_LONG_MESSAGE}`]]);
  });

  it("refuses an import row's 2,049-character source_url or end_source_url, naming the column", () => {
    const row = {
      government: "KEN",
      topic: "ixps",
      stance: "mixed",
      stated_on: "2014-04-23",
      summary: proposal.summary,
      source_url: LONGEST,
      event: "",
      quote: "",
      evidence: "",
      date_precision: "",
      ended_on: "",
      end_note: "",
      end_source_url: "",
    };
    expect(importRowSchema.safeParse(row).success).toBe(true);
    expect(issuesOf(importRowSchema.safeParse({ ...row, source_url: `https://example.org/ok ${TOO_LONG}` }))).toEqual([
      ["source_url.1", TOO_LONG_MESSAGE],
    ]);
    expect(
      issuesOf(
        importRowSchema.safeParse({ ...row, ended_on: "2016-02-10", end_note: end.endNote, end_source_url: TOO_LONG }),
      ),
    ).toEqual([["end_source_url", `end_source_url: ${TOO_LONG_MESSAGE}`]]);
  });
});
