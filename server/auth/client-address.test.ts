import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client address for rate limits, as the app reads it", () => {
  it("is the X-Forwarded-For the front server set (its last hop)", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5" }))).toBe("203.0.113.5");
  });

  it("is 'unknown' when there is none, so that a limit still counts it, and never reads X-Real-IP", () => {
    expect(clientAddress(new Headers())).toBe("unknown");
    expect(clientAddress(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("unknown");
  });
});
