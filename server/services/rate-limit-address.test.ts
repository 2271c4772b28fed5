import { describe, expect, it } from "vitest";
import { addressForLimits } from "./rate-limit-address";

describe("the address a per-address limit counts", () => {
  it("is an IPv4 address itself, and an IPv4-mapped IPv6 address's IPv4 address", () => {
    expect(addressForLimits("203.0.113.7")).toBe("203.0.113.7");
    expect(addressForLimits("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressForLimits("::FFFF:cb00:7107")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however it is written: one subscriber holds a whole /64", () => {
    const block = "2001:db8:1:2::/64";
    for (const address of [
      "2001:db8:1:2::1",
      "2001:0DB8:0001:0002:ffff:ffff:ffff:ffff",
      "2001:db8:1:2:0:0:0:9",
      "2001:db8:1:2::5%eth0",
      "2001:db8:1:2::192.0.2.1",
    ]) {
      expect(addressForLimits(address)).toBe(block);
    }
    expect(addressForLimits("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(addressForLimits("::1")).toBe("0:0:0:0::/64");
    expect(addressForLimits("fe80::1")).toBe("fe80:0:0:0::/64");
  });

  it("leaves anything else as it is ('unknown' still counts as one address)", () => {
    expect(addressForLimits("unknown")).toBe("unknown");
    expect(addressForLimits("not:an:address")).toBe("not:an:address");
  });
});
