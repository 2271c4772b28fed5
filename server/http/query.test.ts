import { describe, expect, it } from "vitest";
import { changesQuerySchema } from "@/server/schemas/proposals";
import { governmentsQuerySchema } from "@/server/schemas/reference";
import { parseQuery } from "./query";

const url = (query: string) => `http://localhost/api/v1/governments${query}`;

describe("parseQuery", () => {
  it("accepts a valid query and an empty one", () => {
    expect(parseQuery(governmentsQuerySchema, url("?region=Europe"))).toEqual({
      ok: true,
      data: { region: "Europe" },
      locale: "en",
    });
    expect(parseQuery(governmentsQuerySchema, url(""))).toEqual({ ok: true, data: {}, locale: "en" });
  });

  it("takes the answer's language from lang, besides the read's own parameters", () => {
    expect(parseQuery(governmentsQuerySchema, url("?region=Europe&lang=ar"))).toEqual({
      ok: true,
      data: { region: "Europe" },
      locale: "ar",
    });
  });

  it("ignores Next's _rsc parameter, which a prefetch of an API link adds, and no other", () => {
    expect(parseQuery(governmentsQuerySchema, url("?region=Europe&_rsc=1x2y3"))).toEqual({
      ok: true,
      data: { region: "Europe" },
      locale: "en",
    });
    expect(parseQuery(governmentsQuerySchema, url("?rsc=1"))).toMatchObject({ ok: false });
  });

  it.each([
    ["?region=Mars", "region: must be one of: Africa, Americas, Asia, Europe, Oceania."],
    ["?regoin=Europe", "Unknown query parameter: regoin."],
    ["?region=Asia&region=Europe", "Query parameter region is given more than once."],
    ["?constructor=1", "Unknown query parameter: constructor."],
    ["?toString=x", "Unknown query parameter: toString."],
    ["?hasOwnProperty=x", "Unknown query parameter: hasOwnProperty."],
    ["?__proto__=x", "Unknown query parameter: __proto__."],
    ["?lang=de", "lang: must be one of: en, ar, zh, fr, ru, es."],
    ["?lang=ar&lang=fr", "Query parameter lang is given more than once."],
    ["?region=Europe&__proto__[region]=Mars", "Unknown query parameter: __proto__[region]."],
  ])("answers %s with a 400 that says what is wrong", async (query, message) => {
    const result = parseQuery(governmentsQuerySchema, url(query));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect(await result.response.json()).toEqual({ error: message });
  });

  it("answers a control character in any parameter with a 400 before anything reads it (the feed's topic filter went to SQL)", async () => {
    const result = parseQuery(changesQuerySchema, "http://localhost/changes.atom?topic=%00");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect(await result.response.json()).toEqual({ error: "Text may not contain control characters (such as NUL)." });
  });
});
