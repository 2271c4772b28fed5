import { describe, expect, it } from "vitest";
import { todayUtc } from "@/server/shared/dates";
import { proposalSchema } from "./proposals";

const valid = {
  government: "KEN",
  topic: "ixps",
  stance: "mixed",
  statedOn: "2014-04-23",
  summary: "Kenya spoke about its exchange point at length.",
  sources: ["https://example.org/k"],
};
const messages = (input: object) => {
  const parsed = proposalSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the proposal schema's evidence and date precision", () => {
  it("defaults to a statement dated to the day", () => {
    expect(proposalSchema.parse(valid)).toMatchObject({ evidence: "statement", datePrecision: "day" });
  });

  it("refuses an unknown evidence kind or precision with a message that names the choices", () => {
    expect(messages({ ...valid, evidence: "rumour", datePrecision: "week" })).toEqual({
      evidence: "Choose how the position is known: statement, vote, submission, endorsement.",
      datePrecision: "Choose how precise the date is: day, month, year, on_or_before.",
    });
  });

  it("takes a position's end only whole, after the date it was stated, with a source", () => {
    const end = {
      endedOn: "2026-02-10",
      endNote: "Withdrew from the Freedom Online Coalition",
      endSource: "https://example.org/letter",
    };
    expect(proposalSchema.parse({ ...valid, ...end })).toMatchObject(end);
    expect(messages({ ...valid, endedOn: "2026-02-10" })).toEqual({
      endNote: "Say what ended the position, like “Withdrew from the Freedom Online Coalition”.",
      endSource: "Give the source that says the position ended.",
    });
    expect(messages({ ...valid, ...end, endedOn: valid.statedOn })).toEqual({
      endedOn: "A position ends after the date it was stated.",
    });
    expect(messages({ ...valid, ...end, endSource: "letter of 10 Feb" })).toEqual({
      endSource: "Enter a full web address starting with http:// or https://.",
    });
    expect(messages({ ...valid, ...end, endedOn: "2999-01-01" })).toEqual({
      endedOn: "The end cannot be in the future.",
    });
  });

  it("refuses a year that has not ended yet, alongside every other problem in the form", () => {
    const today = todayUtc();
    const yearOver = today.endsWith("-12-31"); // on 31 December this year has come to its last day
    expect(messages({ ...valid, stance: "", statedOn: `${today.slice(0, 4)}-01-01`, datePrecision: "year" })).toEqual({
      stance: "Choose one of the five stances.",
      ...(yearOver
        ? {}
        : { statedOn: expect.stringMatching(/counts from the last day of that year, which has not come yet/) }),
    });
    expect(messages({ ...valid, statedOn: "2014-05-10", datePrecision: "year" })).toEqual({});
  });
});

describe("the proposal schema given no proposal at all", () => {
  it.each([
    ["a string", "x"],
    ["a number", 5],
    ["null", null],
    ["a list", [valid]],
  ])("refuses %s with one clear issue rather than failing (a 500 at the API's edge)", (_kind, input) => {
    const parsed = proposalSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toHaveLength(1);
    expect(parsed.error?.issues[0]?.path).toEqual([]);
  });
});
