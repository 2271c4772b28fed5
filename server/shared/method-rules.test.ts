import { describe, expect, it } from "vitest";
import { METHOD_RULES, METHOD_V2_REASON_PREFIX, METHOD_VERSION, ruleAnchor } from "./method-rules";

describe("the method's rules", () => {
  it("are seven, numbered 1 to 7 in order", () => {
    expect(METHOD_RULES.map((rule) => rule.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("each have a title, a text and what changed from version 1", () => {
    for (const rule of METHOD_RULES) {
      expect(rule.title.length, `rule ${rule.number}`).toBeGreaterThan(10);
      expect(rule.text.length, `rule ${rule.number}`).toBeGreaterThan(40);
      expect(rule.changed.length, `rule ${rule.number}`).toBeGreaterThan(10);
    }
  });

  it("give rule 7's reason with the prefix every re-coding revision carries", () => {
    expect(METHOD_VERSION.number).toBe(2);
    expect(METHOD_RULES[6]?.text).toContain(`“${METHOD_V2_REASON_PREFIX} `);
  });

  it("each have an anchor of their own", () => {
    expect(new Set(METHOD_RULES.map((rule) => ruleAnchor(rule.number))).size).toBe(7);
  });
});
