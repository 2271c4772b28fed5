import { describe, expect, it } from "vitest";
import { BLOC_SEEDS, FOC_COVERAGE_NOTE_V1, membershipSeeds } from "./bloc-seeds";

// The blocs the dataset seeds: the FOC's membership dated by the coding rules, and the Budapest
// Convention's parties from ratification or accession, never from a signature alone.

const members = (slug: string) => membershipSeeds().filter((m) => m.blocSlug === slug);

describe("bloc seeds", () => {
  it("dates Denmark and Luxembourg's FOC membership on or before their bounds, and ends the United States' in 2026", () => {
    const foc = members("foc");
    expect(foc).toHaveLength(35);
    expect(foc.find((m) => m.governmentIso3 === "DNK")).toMatchObject({
      joinedOn: "2020-12-07",
      joinedPrecision: "on_or_before",
    });
    expect(foc.find((m) => m.governmentIso3 === "LUX")).toMatchObject({
      joinedOn: "2022-03-31",
      joinedPrecision: "on_or_before",
    });
    expect(foc.find((m) => m.governmentIso3 === "USA")).toMatchObject({
      leftOn: "2026-02-10",
      leftSourceUrl: expect.stringMatching(/^https:/),
    });
  });

  it("counts 35 of 42 FOC members now, and keeps the v1 note for the upgrade to recognise", () => {
    const foc = BLOC_SEEDS.find((b) => b.slug === "foc");
    expect(foc?.coverageNote).toMatch(/^Partial: 35 of 42 members/);
    expect(FOC_COVERAGE_NOTE_V1).toMatch(/^Partial: 33 of 42 members/);
  });

  it("makes a state a party to the Budapest Convention from its ratification or accession, not its signature", () => {
    const parties = members("budapest-convention");
    expect(parties).toHaveLength(21);
    expect(parties.find((m) => m.governmentIso3 === "ALB")).toMatchObject({
      joinedOn: "2002-06-20",
      joinedPrecision: "day",
    });
    expect(parties.find((m) => m.governmentIso3 === "LKA")).toMatchObject({ joinedOn: "2015-05-29" });
    expect(
      parties.filter((m) => ["CAN", "GRC", "IRL", "ISL", "ITA", "JPN", "LUX", "LVA"].includes(m.governmentIso3)),
    ).toEqual([]);
    expect(BLOC_SEEDS.find((b) => b.slug === "budapest-convention")).toMatchObject({
      name: "Parties to the Budapest Convention",
      complete: false,
      coverageNote: expect.stringMatching(/^Partial: 29 of about 80 states/),
    });
  });
});
