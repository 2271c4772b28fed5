import { describe, expect, it } from "vitest";
import { type ZodType } from "zod";
import { flagSchema } from "@/server/schemas/contests";
import { proposalSchema } from "@/server/schemas/proposals";
import { replySchema } from "@/server/schemas/replies";
import { authenticationCodeSchema } from "@/server/schemas/second-factor";
import { signUpSchema } from "@/server/schemas/users";
import { errorCatalogIn } from "./error-catalog";
import { errorIn } from "./error-text";
import { LOCALES } from "./locales";

const OTHERS = LOCALES.filter((locale) => locale !== "en");
const english = Object.keys(errorCatalogIn("fr"));
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/** Every message a schema gives for these inputs. */
const messagesOf = (schema: ZodType, inputs: unknown[]) =>
  inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []);

describe("form error messages in the page's language", () => {
  it("translates a catalogued message, puts a template's parts back, and leaves any other as it is", () => {
    const fr = errorCatalogIn("fr");
    expect(errorIn(fr, "Write the reply.")).toBe(fr["Write the reply."]);
    const unknown = errorIn(fr, "No government is called “Atlantis”. Choose one from the list.");
    expect(unknown).toContain("Atlantis");
    expect(unknown).not.toMatch(/No government/);
    expect(errorIn(fr, "A message nobody catalogued.")).toBe("A message nobody catalogued.");
    expect(errorIn(errorCatalogIn("en"), "Write the reply.")).toBe("Write the reply.");
  });

  it.each(OTHERS)("has every message in %s, each with its placeholders", (locale) => {
    const catalog = errorCatalogIn(locale);
    expect(Object.keys(catalog)).toEqual(english);
    for (const [message, translated] of Object.entries(catalog)) {
      expect(translated.trim(), message).not.toBe("");
      expect(translated, `${locale}: ${message}`).not.toBe(message);
      expect(placeholders(translated), `${locale}: ${message}`).toEqual(placeholders(message));
    }
  });

  it.each(OTHERS)("covers what the contributor's and reader's forms can say, in %s", (locale) => {
    const said = [
      ...messagesOf(proposalSchema, [
        {},
        { government: "x", topic: "y", stance: "mixed", statedOn: "2013-02-30", summary: "short", sources: [] },
        { statedOn: "1989-12-31", summary: "x".repeat(2001), quote: "x".repeat(2001), sources: ["ftp://x", "ftp://x"] },
        { statedOn: "2999-01-01", language: "pt", endedOn: "2000-01-01" },
      ]),
      // The forms send every field, empty or not.
      ...messagesOf(signUpSchema, [
        { name: "", email: "", password: "" },
        { email: "nobody", password: "short", name: "x\ny" },
      ]),
      ...messagesOf(replySchema, [
        { positionId: 1, body: "" },
        { positionId: 1, body: "x".repeat(2001), language: "pt" },
      ]),
      ...messagesOf(flagSchema, [
        { positionId: 1, reason: "" },
        { positionId: 1, reason: "short" },
      ]),
      ...messagesOf(authenticationCodeSchema, ["", "x".repeat(100)]),
    ];
    expect(said.length).toBeGreaterThan(20);
    const catalog = errorCatalogIn(locale);
    const missing = [...new Set(said)].filter((message) => errorIn(catalog, message) === message);
    expect(missing).toEqual([]);
  });
});
