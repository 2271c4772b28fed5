import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./safe-redirect";

describe("the redirect after sign-in", () => {
  it.each([
    ["/topics?x=1", "/topics?x=1"],
    ["/governments/fr#positions", "/governments/fr#positions"],
    ["/a/../topics", "/topics"],
    ["/%2f%2fevil.example", "/%2f%2fevil.example"],
    ["https://evil.example/", "/me"],
    ["//evil.example/", "/me"],
    ["/\\evil.example", "/me"],
    ["javascript:alert(1)", "/me"],
    ["/me\nSet-Cookie: x=1", "/me"],
    ["/\t/evil.example", "/me"],
    ["/\r\n/evil.example", "/me"],
    ["/topics\u0000", "/me"],
    [undefined, "/me"],
    // Paths that a browser normalizes into another host ("//host"): dot segments, encoded dots, backslashes.
    ["/.//evil.example/x", "/me"],
    ["/a/..//evil.example/y", "/me"],
    ["/%2e//evil.example/z", "/me"],
    ["/%2E%2E//evil.example", "/me"],
    ["/.%2e//evil.example", "/me"],
    ["/./\\evil.example", "/me"],
    ["/a\\..\\\\evil.example", "/me"],
    ["/.\\/evil.example", "/me"],
    ["/./\t/evil.example", "/me"],
    ["/./\n/evil.example", "/me"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});

describe("Auth.js's redirect callback", () => {
  it.each([
    ["/topics", "http://localhost:3000/topics"],
    ["http://localhost:3000/topics?x=1", "http://localhost:3000/topics?x=1"],
    ["http://localhost:3000/.//evil.example/x", "http://localhost:3000/me"],
    ["https://evil.example/", "http://localhost:3000/me"],
    ["/.//evil.example/x", "http://localhost:3000/me"],
    ["not a url", "http://localhost:3000/me"],
    ["javascript:alert(1)", "http://localhost:3000/me"],
  ])("%s → %s", (input, expected) => {
    expect(safeRedirectUrl(input, "http://localhost:3000")).toBe(expected);
  });
});
