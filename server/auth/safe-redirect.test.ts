import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("the redirect after sign-in", () => {
  it.each([
    ["/topics?x=1", "/topics?x=1"],
    ["https://evil.example/", "/me"],
    ["//evil.example/", "/me"],
    ["/\\evil.example", "/me"],
    ["javascript:alert(1)", "/me"],
    [undefined, "/me"],
  ])("%s → %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });
});
