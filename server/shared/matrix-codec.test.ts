import { describe, expect, it } from "vitest";
import { decodeCells, decodeGovernments, encodeCells, encodeGovernments, type CellEntry } from "./matrix-codec";
import { cellKey } from "./timeline";

const topics = ["governments-role", "cwg-internet-openness", "un-cybercrime-treaty"];

describe("the matrix page's compact data", () => {
  it("carries every government's fields through, names with spaces, accents and punctuation included", () => {
    const governments = [
      { iso3: "CIV", name: "Côte d'Ivoire", region: "Africa", subregion: "Western Africa", m49: "384" },
      { iso3: "GBR", name: "United Kingdom of Great Britain and Northern Ireland", region: "Europe", subregion: "Northern Europe", m49: "826" },
    ];
    expect(decodeGovernments(encodeGovernments(governments))).toEqual(governments);
    expect(decodeGovernments("")).toEqual([]);
  });

  it("carries each cell's stance, date, precision, evidence and position through, keyed by government and topic", () => {
    const cells: CellEntry[] = [
      { iso3: "RUS", topic: "un-cybercrime-treaty", stance: "intergovernmental", statedOn: "2019-12-27", datePrecision: "day", evidence: "submission", positionId: 1234 },
      { iso3: "JPN", topic: "governments-role", stance: "leans_multistakeholder", statedOn: "2014-12-31", datePrecision: "year", evidence: "endorsement", positionId: 7 },
    ];
    const decoded = decodeCells(encodeCells(cells, topics), topics);
    expect(decoded.size).toBe(2);
    const { iso3, topic, ...russia } = cells[0] ?? { iso3: "", topic: "" };
    expect(decoded.get(cellKey(iso3, topic))).toEqual(russia);
    expect(decoded.get(cellKey("JPN", "governments-role"))).toMatchObject({ statedOn: "2014-12-31", datePrecision: "year", positionId: 7 });
    expect(encodeCells(cells, topics).length).toBeLessThan(25 * cells.length); // the point of it: a cell in about twenty characters
  });

  it("drops a cell it cannot read rather than inventing a stance", () => {
    expect(decodeCells("RUS,9,4,20191227,0,2,ya;BRA,0,7,20130516,0,0,1;CHN,0,4,20130516,0,0,2", topics)).toEqual(
      new Map([[cellKey("CHN", "governments-role"), { stance: "intergovernmental", statedOn: "2013-05-16", datePrecision: "day", evidence: "statement", positionId: 2 }]]),
    );
  });
});
