import { describe, expect, it } from "vitest";
import { campsPageState, canonicalCamps } from "./camps";

const TODAY = "2026-12-07";

describe("the camps page's query", () => {
  it("reads a date, two dates to compare and the filters", () => {
    expect(campsPageState("at=2019-12-28&from=2018-12-01&to=2021-01-01&region=Europe&bloc=sco", TODAY)).toEqual({
      at: "2019-12-28",
      from: "2018-12-01",
      to: "2021-01-01",
      region: "Europe",
      bloc: "sco",
    });
  });

  it("leaves out what it cannot read, so a bad link still shows camps", () => {
    expect(campsPageState("at=2019-02-30&region=Mars&bloc=NO%20SUCH", TODAY)).toEqual({});
    expect(campsPageState("from=2021-01-01&to=2018-12-01", TODAY)).toEqual({ to: "2018-12-01" });
    // "Who moved" ends at `at` when no `to` is given: a `from` after it is left out, not shown backwards.
    expect(campsPageState("at=2019-12-28&from=2020-06-01", TODAY)).toEqual({ at: "2019-12-28" });
    // A date after today is no view yet.
    expect(campsPageState("at=2027-01-01", TODAY)).toEqual({});
  });

  it("writes one canonical query per view (the page cache's key)", () => {
    expect(canonicalCamps("bloc=sco&at=2019-12-28&junk=1", TODAY)).toBe("at=2019-12-28&bloc=sco");
    expect(canonicalCamps("", TODAY)).toBe("");
  });
});
