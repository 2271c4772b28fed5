import { describe, expect, it } from "vitest";
import { recordNotes } from "./record-notes";
import { RECORD_SETS } from "./record-sets";
import { codingContext } from "./code-records";

// What a government's page says about records that are not positions, and partial lists it is not on.

const ONLY_ONE = "voted on only one of the two rival resolutions";

describe("notes on the record", () => {
  it("says a government that voted on only one of a rival pair is not coded, for each session", () => {
    const onlyOne = Object.fromEntries(
      RECORD_SETS.filter((set) => set.id.startsWith("unga-rival-pair-")).map((set) => [
        set.id,
        set.notCodedRows?.(codingContext(set)).filter((row) => row.why === ONLY_ONE).length,
      ]),
    );
    expect(onlyOne).toEqual({ "unga-rival-pair-2018": 29, "unga-rival-pair-2019": 5, "unga-rival-pair-2020": 25 });
  });

  it("shows the vote a government did cast when it voted on only one of the pair", () => {
    const set = RECORD_SETS.find((s) => s.id === "unga-rival-pair-2018");
    const rows = set?.notCodedRows?.(codingContext(set)) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(["yes", "no", "abstain"]).toContain(row.fact.value);
  });

  it("notes non-support of the Paris Call and a missing vote, but never a membership that ended", () => {
    const usa = recordNotes("USA").filter((n) => n.kind === "not-coded");
    expect(usa.map((n) => n.kind === "not-coded" && n.fact.value)).toEqual(["not_supported"]);
    const notVoting = RECORD_SETS.filter((s) => s.id === "unga-73-187-cybercrime-2018").flatMap((set) => {
      const facts = codingContext(set).facts["unga_73_187_cybercrime_2018.csv"] ?? [];
      return facts.filter((f) => f.value === "not_voting").map((f) => f.iso3);
    });
    expect(notVoting).toHaveLength(7);
    for (const iso3 of notVoting)
      expect(recordNotes(iso3).some((n) => n.kind === "not-coded" && n.set.id === "unga-73-187-cybercrime-2018")).toBe(
        true,
      );
  });

  it("lists the partial lists a government is absent from, and not the ones it is on", () => {
    const partial = (iso3: string) => recordNotes(iso3).flatMap((n) => (n.kind === "not-listed" ? [n.set.id] : []));
    expect(partial("ISL")).toEqual(["foc-members", "wcit-2012-final-acts", "un-cybercrime-convention-signatures-2025"]);
    expect(partial("CHN")).toEqual(["foc-members"]);
    expect(partial("USA")).toEqual(["un-cybercrime-convention-signatures-2025"]);
  });
});
