import { describe, expect, it } from "vitest";
import { compressedCoding } from "./accept-encoding";

describe("Accept-Encoding", () => {
  it.each([
    ["gzip, deflate, br", "gzip"],
    ["gzip;q=0, identity", null],
    ["GZIP;q=0.5", "gzip"],
    ["gzip;q=0, deflate", "deflate"],
    ["*", "gzip"],
    ["br", null],
    ["", null],
  ])("reads %j as the coding Next's compression will use: %s", (header, coding) => {
    expect(compressedCoding(header)).toBe(coding);
  });

  it("reads a header Node gave as several lines", () => {
    expect(compressedCoding(["br", "gzip"])).toBe("gzip");
    expect(compressedCoding(undefined)).toBeNull();
  });
});
