import { describe, expect, it } from "vitest";
import { decodeCells, decodeGovernments, encodeCells, encodeGovernments, type CellEntry } from "./matrix-codec";
import { cellKey } from "./timeline";

const topics = ["governments-role", "cwg-internet-openness", "un-cybercrime-treaty"];
const governments = ["BRA", "JPN", "RUS"];

describe("the matrix page's compact data", () => {
  it("carries every government's fields through, names with spaces, accents and punctuation included", () => {
    const list = [
      { iso3: "CIV", name: "Côte d'Ivoire", region: "Africa", subregion: "Western Africa", m49: "384" },
      {
        iso3: "GBR",
        name: "United Kingdom of Great Britain and Northern Ireland",
        region: "Europe",
        subregion: "Northern Europe",
        m49: "826",
      },
    ];
    expect(decodeGovernments(encodeGovernments(list))).toEqual(list);
    expect(decodeGovernments("")).toEqual([]);
  });

  it("carries each cell's stance, date, precision, evidence, position and contested mark through, in its government's row and its topic's column", () => {
    const russia: CellEntry = {
      iso3: "RUS",
      topic: "un-cybercrime-treaty",
      stance: "intergovernmental",
      statedOn: "2019-12-27",
      datePrecision: "day",
      evidence: "submission",
      positionId: 117_487,
      contestedNote: "Its submissions and its votes point different ways.",
    };
    const japan: CellEntry = {
      iso3: "JPN",
      topic: "governments-role",
      stance: "leans_multistakeholder",
      statedOn: "1990-12-31",
      datePrecision: "year",
      evidence: "endorsement",
      positionId: 7,
      contestedNote: null,
    };
    const text = encodeCells([russia, japan], governments, topics);
    const decoded = decodeCells(text, governments, topics);
    expect(decoded.get(cellKey("RUS", "un-cybercrime-treaty"))).toEqual({
      stance: "intergovernmental",
      statedOn: "2019-12-27",
      datePrecision: "day",
      evidence: "submission",
      positionId: 117_487,
      contested: true,
    });
    expect(decoded.get(cellKey("JPN", "governments-role"))).toEqual({
      stance: "leans_multistakeholder",
      statedOn: "1990-12-31",
      datePrecision: "year",
      evidence: "endorsement",
      positionId: 7,
      contested: false,
    });
    expect(decoded.size).toBe(2);
    // The point of it: a position in about ten characters, an empty cell in one.
    expect(text.length).toBeLessThan(2 * 12 + governments.length * topics.length);
  });

  it("leaves a field it cannot read empty rather than inventing a stance", () => {
    const decoded = decodeCells("902e29ya,,402e29yb", governments, ["governments-role", "cwg-internet-openness"]);
    expect([...decoded.keys()]).toEqual([cellKey("JPN", "governments-role")]);
  });
});
