import { describe, expect, it } from "vitest";
import { campsPageState, canonicalCamps } from "./camps";

describe("the camps page's query", () => {
  it("reads a date, two dates to compare and the filters", () => {
    expect(campsPageState("at=2019-12-28&from=2018-12-01&to=2021-01-01&region=Europe&bloc=sco")).toEqual({
      at: "2019-12-28",
      from: "2018-12-01",
      to: "2021-01-01",
      region: "Europe",
      bloc: "sco",
    });
  });

  it("leaves out what it cannot read, so a bad link still shows camps", () => {
    expect(campsPageState("at=2019-02-30&region=Mars&bloc=NO%20SUCH")).toEqual({});
    expect(campsPageState("from=2021-01-01&to=2018-12-01")).toEqual({ to: "2018-12-01" });
  });

  it("writes one canonical query per view (the page cache's key)", () => {
    expect(canonicalCamps("bloc=sco&at=2019-12-28&junk=1")).toBe("at=2019-12-28&bloc=sco");
    expect(canonicalCamps("")).toBe("");
  });
});
