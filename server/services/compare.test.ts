import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { compareGovernments } from "./compare";
import { BadInputError, NotFoundError } from "@/server/shared/errors";
import { closestAndFurthest, MIN_SHARED_TOPICS } from "./government-agreement";
import { matrixAsOf } from "./matrix";

describe.each(TEST_DRIVERS)("comparing governments on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(() => t.destroy());

  const chosen = ["RUS", "USA", "BRA", "IND"];

  it("shows each government's stance per topic exactly as the matrix does for the date", async () => {
    const comparison = await compareGovernments(t.db, { governments: chosen, at: "2019-12-28" });
    const matrix = await matrixAsOf(t.db, { at: "2019-12-28" });
    expect(comparison.governments.map((g) => g.iso3)).toEqual(chosen);
    for (const iso3 of chosen) {
      const row = matrix.rows.find((r) => r.iso3 === iso3);
      expect(comparison.cells[iso3]).toEqual(row?.cells);
    }
    expect(comparison.cells.RUS?.["un-cybercrime-treaty"]).toMatchObject({ stance: "intergovernmental" });
  });

  it("finds Russia and the United States far apart, and lists every pair once", async () => {
    const { agreement } = await compareGovernments(t.db, { governments: chosen, at: "2019-12-28" });
    expect(agreement.map((p) => `${p.a}-${p.b}`)).toEqual([
      "RUS-USA",
      "RUS-BRA",
      "RUS-IND",
      "USA-BRA",
      "USA-IND",
      "BRA-IND",
    ]);
    const russiaUsa = agreement[0];
    expect(russiaUsa?.sharedTopics).toBeGreaterThanOrEqual(3);
    expect(russiaUsa?.sameSide).toBeLessThanOrEqual(0.25);
    expect(russiaUsa?.distance).toBeGreaterThanOrEqual(0.5);
  });

  it("tracks agreement over time up to the date, and counts no position after it", async () => {
    const comparison = await compareGovernments(t.db, { governments: ["RUS", "USA"], at: "2012-01-01" });
    expect(comparison.positions.every((p) => p.statedOn <= "2012-01-01")).toBe(true);
    expect(comparison.agreementOverTime.at(-1)?.date).toBe("2012-01-01");
    expect(comparison.agreementOverTime.every((stop) => stop.date <= "2012-01-01")).toBe(true);
  });

  it("gives a pair with no shared topic no score rather than 0", async () => {
    const { agreement } = await compareGovernments(t.db, { governments: ["RUS", "USA"], at: "1995-01-01" });
    expect(agreement).toEqual([{ a: "RUS", b: "USA", sharedTopics: 0, sameSide: null, distance: null }]);
  });

  it("refuses an unknown government by its code", async () => {
    await expect(compareGovernments(t.db, { governments: ["RUS", "XXX"] })).rejects.toThrow(
      new BadInputError("Unknown government: XXX."),
    );
  });

  it("ranks the closest and furthest governments over enough shared topics", async () => {
    const result = await closestAndFurthest(t.db, "RUS");
    expect(result.closest).toHaveLength(5);
    expect(result.furthest).toHaveLength(5);
    expect(
      [...result.closest, ...result.furthest].every((p) => p.sharedTopics >= MIN_SHARED_TOPICS && p.b !== "RUS"),
    ).toBe(true);
    expect(result.closest[0]?.sameSide).toBeGreaterThan(result.furthest[0]?.sameSide ?? 1);
    expect(result.furthest.map((p) => p.b)).not.toContain(result.closest[0]?.b);
    await expect(closestAndFurthest(t.db, "XXX")).rejects.toThrow(NotFoundError);
  });
});
