import { describe, expect, it } from "vitest";
import { type ZodType } from "zod";
import { endMembershipInputSchema, blocInputSchema, membershipInputSchema } from "@/server/schemas/bloc-admin";
import { clearContestSchema, contestSchema, flagSchema, resolveFlagSchema } from "@/server/schemas/contests";
import { eventInputSchema, topicInputSchema } from "@/server/schemas/reference-admin";
import { releaseInputSchema } from "@/server/schemas/releases";
import { translationInputSchema } from "@/server/schemas/translation-admin";
import { hidePositionSchema, proposalSchema, rejectSchema } from "@/server/schemas/proposals";
import { replySchema } from "@/server/schemas/replies";
import { authenticationCodeSchema } from "@/server/schemas/second-factor";
import { banSchema, createUserSchema, setRoleSchema, signUpSchema } from "@/server/schemas/users";
import { RATE_LIMITS, RateLimitedError } from "@/server/services/rate-limits";
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

  it.each(OTHERS)("covers what the moderators' and admins' forms can say, in %s", (locale) => {
    const long = (n: number) => "x".repeat(n + 1);
    const said = [
      ...messagesOf(rejectSchema, [
        { revisionId: 1, reason: "" },
        { revisionId: 1, reason: long(2000) },
      ]),
      ...messagesOf(hidePositionSchema, [{ positionId: 1, seenRevisionId: 1, reason: "" }]),
      ...messagesOf(contestSchema, [
        { positionId: 1, note: "" },
        { positionId: 1, note: "short" },
        { positionId: 1, note: long(500) },
      ]),
      ...messagesOf(clearContestSchema, [
        { positionId: 1, reason: "" },
        { positionId: 1, reason: long(500) },
      ]),
      ...messagesOf(resolveFlagSchema, [
        { flagId: 1, outcome: "", note: "" },
        { flagId: 1, outcome: "edited", note: "short" },
        { flagId: 1, outcome: "edited", note: long(500) },
      ]),
      ...messagesOf(topicInputSchema, [
        { slug: "", title: "", description: "", multistakeholderPole: "", intergovernmentalPole: "" },
        {
          slug: "Not A Slug",
          title: long(200),
          description: long(1000),
          multistakeholderPole: long(500),
          intergovernmentalPole: long(500),
        },
        { slug: long(60), title: "t", description: "d", multistakeholderPole: "m", intergovernmentalPole: "i" },
      ]),
      ...messagesOf(eventInputSchema, [
        { slug: "", name: "", place: "", startDate: "", endDate: "" },
        { slug: "wtpf-13", name: long(200), place: long(200), startDate: "2013-05-16", endDate: "2013-05-14" },
      ]),
      ...messagesOf(blocInputSchema, [
        { slug: "", name: "", description: "", coverageNote: "", coverage: "" },
        { slug: "view", name: long(200), description: long(1000), coverageNote: long(1000), coverage: "partial" },
      ]),
      ...messagesOf(membershipInputSchema, [
        { bloc: "eu", government: "", joinedOn: "", joinedPrecision: "", sourceUrl: "" },
        { bloc: "eu", government: "FRANCE", joinedOn: "1900-01-01", joinedPrecision: "day", sourceUrl: "ftp://x" },
        {
          bloc: "eu",
          government: "FRA",
          joinedOn: "2019-02-30",
          joinedPrecision: "day",
          sourceUrl: `https://${long(3000)}`,
        },
      ]),
      ...messagesOf(endMembershipInputSchema, [
        { id: 1, leftOn: "", leftSourceUrl: "" },
        { id: 1, leftOn: "1900-01-01", leftSourceUrl: "x" },
      ]),
      ...messagesOf(releaseInputSchema, [{ note: "" }, { note: long(1000) }]),
      ...messagesOf(translationInputSchema, [
        { kind: "topic", slug: "ixps", locale: "fr", fields: { title: "Points d'échange", description: "" } },
        { kind: "topic", slug: "ixps", locale: "fr", fields: { title: long(2000) } },
      ]),
      ...messagesOf(createUserSchema, [
        { email: "", password: "", role: "boss", name: "" },
        { email: "nobody", password: "short", role: "admin", name: "x\ny" },
      ]),
      ...messagesOf(setRoleSchema, [{ userId: "x", role: "boss" }]),
      ...messagesOf(banSchema, [
        { userId: "x", reason: "" },
        { userId: "x", reason: long(500) },
      ]),
    ];
    expect(said.length).toBeGreaterThan(40);
    const catalog = errorCatalogIn(locale);
    const missing = [...new Set(said)].filter((message) => errorIn(catalog, message) === message);
    expect(missing).toEqual([]);
  });

  it.each(OTHERS)("says every rate limit's notice in %s, for a minute or many", (locale) => {
    const catalog = errorCatalogIn(locale);
    for (const rule of Object.values(RATE_LIMITS))
      for (const seconds of [30, 60 * 60]) {
        const notice = new RateLimitedError(rule, seconds).message;
        const translated = errorIn(catalog, notice);
        expect(translated, notice).not.toBe(notice);
        if (seconds > 60) expect(translated, notice).toContain("60");
      }
  });
});
