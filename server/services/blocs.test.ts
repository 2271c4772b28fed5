import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { allBlocPeriods, blocMembersOn, getBloc, listBlocs } from "./blocs";
import { BadInputError, NotFoundError } from "@/server/shared/errors";
import { matrixAsOf } from "./matrix";

describe.each(TEST_DRIVERS)("blocs and their members as of a date on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  const members = async (slug: string, at: string) => (await getBloc(t.db, slug, { at })).members.map((m) => m.iso3);

  it("counts a member that left up to the day before it left, and not after: the United Kingdom in the EU", async () => {
    expect(await members("eu", "2019-12-28")).toContain("GBR");
    expect(await members("eu", "2020-01-30")).toContain("GBR");
    expect(await members("eu", "2020-01-31")).not.toContain("GBR");
    expect(await members("eu", "2020-02-01")).not.toContain("GBR");
    expect(await members("eu", "2020-02-01")).toHaveLength(27);
    expect(await members("eu", "2019-12-28")).toHaveLength(28);
  });

  it("does not count a member before it joined: BRICS's enlargements, Belarus in the SCO", async () => {
    expect((await members("brics", "2023-12-31")).sort()).toEqual(["BRA", "CHN", "IND", "RUS", "ZAF"]);
    expect(await members("brics", "2024-01-01")).toHaveLength(9);
    expect(await members("brics", "2025-01-05")).not.toContain("IDN");
    expect(await members("brics", "2025-01-06")).toContain("IDN");
    expect(await members("sco", "2024-07-03")).not.toContain("BLR");
    expect(await members("sco", "2024-07-04")).toContain("BLR");
    expect(await members("sco", "2010-01-01")).toHaveLength(6);
  });

  it("counts a year-only joining from the year's last day, and keeps every period's source", async () => {
    expect(await members("foc", "2012-12-30")).not.toContain("FIN");
    expect(await members("foc", "2012-12-31")).toContain("FIN");
    const bloc = await getBloc(t.db, "foc", { at: "2020-01-01" });
    const finland = bloc.members.find((m) => m.iso3 === "FIN");
    expect(finland?.periods).toEqual([
      {
        joinedOn: "2012-12-31",
        joinedPrecision: "year",
        sourceUrl: expect.stringMatching(/^https:\/\//),
        leftOn: null,
        leftSourceUrl: null,
      },
    ]);
    expect(bloc.complete).toBe(false);
    expect(await members("foc", "2026-02-09")).toContain("USA");
    expect(await members("foc", "2026-02-10")).not.toContain("USA");
  });

  it("lists the blocs by name with their member counts as of the date (the coalition's 2019 joiner counts from 31 Dec)", async () => {
    const listed = await listBlocs(t.db, { at: "2019-12-28" });
    expect(listed.map(({ translations, ...bloc }) => [bloc, Object.keys(translations).sort()])).toEqual(
      [
        { slug: "brics", name: "BRICS", memberCount: 5 },
        { slug: "eu", name: "European Union", memberCount: 28 },
        { slug: "foc", name: "Freedom Online Coalition", memberCount: 30 },
        { slug: "budapest-convention", name: "Parties to the Budapest Convention", memberCount: 20 },
        { slug: "sco", name: "Shanghai Cooperation Organisation", memberCount: 8 },
      ].map((bloc) => [bloc, ["ar", "es", "fr", "ru", "zh"]]), // each seeded bloc in the five other languages
    );
  });

  it("answers an unknown bloc as not found, and an unknown bloc in a filter as bad input", async () => {
    await expect(getBloc(t.db, "nato", {})).rejects.toThrow(NotFoundError);
    await expect(blocMembersOn(t.db, "nato", "2020-01-01")).rejects.toThrow(BadInputError);
  });

  it("filters the matrix to the bloc's members as of the matrix's date", async () => {
    const eu = async (at: string) =>
      (await matrixAsOf(t.db, { at, topics: ["un-cybercrime-treaty"], bloc: "eu" })).rows.map((r) => r.iso3);
    expect(await eu("2019-12-28")).toHaveLength(28);
    expect(await eu("2019-12-28")).toContain("GBR");
    expect(await eu("2020-02-01")).not.toContain("GBR");
    const periods = await allBlocPeriods(t.db);
    expect(periods.map((b) => b.slug)).toEqual(["brics", "eu", "foc", "budapest-convention", "sco"]); // by name
    expect(periods.find((b) => b.slug === "eu")?.periods.find((p) => p.iso3 === "GBR")).toEqual({
      iso3: "GBR",
      joinedOn: "1973-01-01",
      leftOn: "2020-01-31",
    });
  });
});
