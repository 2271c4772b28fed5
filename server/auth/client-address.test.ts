import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client address for rate limits", () => {
  it("is the hop the nearest proxy added, not what the client claimed", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.4" }))).toBe("198.51.100.4");
  });

  it("falls back to X-Real-IP, and is unknown without either", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientAddress(new Headers())).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": " , " }))).toBeNull();
  });
});
