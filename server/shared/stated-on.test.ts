import { describe, expect, it } from "vitest";
import { canCoarsen, describeRecorded, formatStatedOn, periodEnd, periodStart, readStatedOn } from "./stated-on";

describe("dates as precise as their sources", () => {
  it("counts a month or a year from its last day, leap years included", () => {
    expect(periodEnd("2014-05-10", "year")).toBe("2014-12-31");
    expect(periodEnd("2016-02-03", "month")).toBe("2016-02-29");
    expect(periodEnd("2015-02-03", "month")).toBe("2015-02-28");
    expect(periodEnd("2014-05-10", "day")).toBe("2014-05-10");
    expect(periodStart("2014-12-31", "year")).toBe("2014-01-01");
  });

  it("shows a year as the year and a month as the month, never a made-up day", () => {
    expect(formatStatedOn("2014-12-31", "year")).toBe("2014");
    expect(formatStatedOn("2014-05-31", "month")).toBe("May 2014");
    expect(formatStatedOn("2014-05-16", "day")).toBe("16 May 2014");
  });

  it("says what the government did, never that a vote was a statement, and how precise the date is", () => {
    expect(describeRecorded("vote", "2018-12-05", "day")).toBe("Voted 5 Dec 2018");
    expect(describeRecorded("endorsement", "2019-09-16", "on_or_before")).toMatch(/^Endorsed by 16 Sept? 2019$/); // ICU versions differ on "Sept"
    expect(describeRecorded("endorsement", "2014-12-31", "year")).toBe("Endorsed 2014");
    expect(describeRecorded("statement", "2013-05-31", "month")).toBe("Stated May 2013");
    expect(describeRecorded("submission", "2015-01-09")).toBe("Tabled 9 Jan 2015");
  });

  it("reads the three forms an import file may use, and nothing else", () => {
    expect(readStatedOn("2014")).toEqual({ date: "2014-12-31", precision: "year" });
    expect(readStatedOn("2014-02")).toEqual({ date: "2014-02-28", precision: "month" });
    expect(readStatedOn("2014-02-11")).toEqual({ date: "2014-02-11", precision: "day" });
    for (const bad of ["2014-13", "2014-02-30", "14", "May 2014", ""]) expect(readStatedOn(bad), bad).toBeNull();
  });

  it("lets a date be made coarser, never finer than its source", () => {
    expect(canCoarsen("day", "year")).toBe(true);
    expect(canCoarsen("month", "month")).toBe(true);
    expect(canCoarsen("year", "day")).toBe(false);
  });
});
