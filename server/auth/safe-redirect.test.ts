import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("the redirect after sign-in", () => {
  it.each([
    ["/topics?x=1", "/topics?x=1"],
    ["https://evil.example/", "/me"],
    ["//evil.example/", "/me"],
    ["/\\evil.example", "/me"],
    ["javascript:alert(1)", "/me"],
    ["/me\nSet-Cookie: x=1", "/me"],
    ["/\t/evil.example", "/me"],
    ["/\r\n/evil.example", "/me"],
    ["/topics\u0000", "/me"],
    [undefined, "/me"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
