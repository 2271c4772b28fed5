import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RECORDS_DIR } from "../code-records";
import { RECORD_CATALOGUE } from "./catalogue";
import { readRecords, recordsOfPosition } from "./record-reading";

const record = (slug: string) => {
  const found = readRecords().find((r) => r.slug === slug);
  if (!found) throw new Error(`no record ${slug}`);
  return found;
};
const tally = (slug: string) => Object.fromEntries(record(slug).tally.map((t) => [t.value, t.count]));

describe("record pages, read from the files that ship", () => {
  it("lists every facts file once, so no record is left without a page", () => {
    const files = readdirSync(RECORDS_DIR).filter((f) => f.endsWith(".csv"));
    expect(RECORD_CATALOGUE.map((e) => e.file).sort()).toEqual(files.sort());
    expect(new Set(readRecords().map((r) => r.slug)).size).toBe(files.length);
  });

  it("tallies the 2018 rival roll calls as shipped, and sets the official tally beside the one that differs", () => {
    expect(tally("unga-73-27-oewg-2018")).toEqual({ yes: 119, no: 46, abstain: 14 });
    expect(record("unga-73-27-oewg-2018")).toMatchObject({ official: null, matchesOfficial: null });
    expect(tally("unga-73-266-gge-2018")).toEqual({ yes: 138, no: 12, abstain: 16 });
    expect(record("unga-73-266-gge-2018")).toMatchObject({
      official: { yes: 139, no: 11, abstain: 16 },
      matchesOfficial: false,
    });
    expect(record("unga-74-247-cybercrime-2019")).toMatchObject({
      official: { yes: 79, no: 60, abstain: 33 },
      matchesOfficial: true,
    });
  });

  it("shows each row's value and the position it became, or why it is none", () => {
    const rows = record("unga-73-266-gge-2018").rows;
    expect(rows.find((r) => r.iso3 === "RUS")).toMatchObject({
      value: "no",
      coded: { set: "unga-rival-pair-2018", stance: "leans_intergovernmental", statedOn: "2018-12-22" },
      notCoded: null,
    });
    // Voted on 73/266 but not on 73/27: not coded, and the page says why.
    const onlyOne = rows.filter((r) => r.notCoded === "voted on only one of the two rival resolutions");
    expect(onlyOne.length).toBeGreaterThan(0);
    // …and no position of the pair carries their names.
    for (const { iso3 } of onlyOne) expect(recordsOfPosition(iso3, "cyber-norms-process", "2018-12-22")).toEqual([]);
    const coded = record("unga-73-27-oewg-2018").positions;
    expect(coded).toBe(record("unga-73-266-gge-2018").positions);
  });

  it("names a rival pair's position's two roll calls, and no record for a position nobody coded from one", () => {
    expect(recordsOfPosition("RUS", "cyber-norms-process", "2018-12-22").map((r) => r.slug)).toEqual([
      "unga-73-27-oewg-2018",
      "unga-73-266-gge-2018",
    ]);
    expect(recordsOfPosition("RUS", "cyber-norms-process", "2018-12-21")).toEqual([]);
    // A year-dated founder is stored at the year's last day: the same identity finds it.
    const yearDated = record("foc-members").rows.filter((r) => r.coded?.precision === "year");
    expect(yearDated.length).toBeGreaterThan(0);
    for (const { iso3, coded } of yearDated) {
      expect(coded?.statedOn).toMatch(/^\d{4}-12-31$/);
      expect(recordsOfPosition(iso3, "multistakeholder-model", coded?.statedOn ?? "")).toEqual([
        { slug: "foc-members", title: "Freedom Online Coalition membership" },
      ]);
    }
  });

  it("gives a government's two rows in one file each its own fate: the position is the joining's, not the leaving's", () => {
    const usa = record("foc-members").rows.filter((r) => r.iso3 === "USA");
    expect(usa.map((r) => [r.value, r.coded?.stance ?? null])).toEqual([
      ["joined", "leans_multistakeholder"],
      ["withdrew", null],
    ]);
    const paris = record("paris-call-states").rows.filter((r) => r.iso3 === "USA");
    expect(paris.map((r) => [r.value, r.coded?.statedOn ?? null])).toEqual([
      ["not_supported", null],
      ["supported", "2021-11-10"],
    ]);
    // Each position counts once, however many rows name its government.
    expect(record("foc-members").positions).toBe(record("foc-members").rows.filter((r) => r.coded).length);
  });

  it("reads the Budapest Convention as a bloc's membership, coding no position", () => {
    expect(record("budapest-convention-partial")).toMatchObject({
      bloc: "budapest-convention",
      positions: 0,
      codedBy: [],
    });
  });
});
