import { describe, expect, it } from "vitest";
import { displayNameSchema, signUpSchema } from "./users";

const ONE_LINE = "Use a name on one line, without tabs, line breaks or text-direction controls.";

describe("a display name", () => {
  it.each([
    ["a line break", "Ada\nLovelace"],
    ["a carriage return", "Ada\r\nSet-Cookie: x"],
    ["a Unicode line separator", "Ada\u2028Lovelace"],
    ["a right-to-left override", "Ada \u202Enimda"],
    ["a left-to-right embedding", "\u202AAda"],
    ["a first-strong isolate", "Ada\u2068 Lovelace\u2069"],
    ["a tab", "Ada\tLovelace"],
    ["NUL", "Ada\u0000"],
  ])("is refused with %s, as a field error on the name", (_, name) => {
    expect(displayNameSchema.safeParse(name).error?.issues[0]?.message).toBe(ONE_LINE);
    const issue = signUpSchema.safeParse({ name, email: "ada@example.org", password: "quiet lantern orchard meadow" })
      .error?.issues[0];
    expect(issue?.path).toEqual(["name"]);
    expect(issue?.message).toBe(ONE_LINE);
  });

  it.each(["Ada Lovelace", "José Ñúñez-O'Brien", "محمد عبد الله", "שרה לוי", "李小龙"])("accepts %s", (name) => {
    expect(displayNameSchema.parse(name)).toBe(name);
  });
});
