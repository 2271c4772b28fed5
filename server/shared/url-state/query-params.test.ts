import { describe, expect, it } from "vitest";
import { loadMatrixParams, serializeMatrixParams } from "./matrix";
import { loadCompareParams, serializeCompareParams } from "./compare";
import {
  createLoader,
  createSerializer,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsString,
  parseAsStringLiteral,
} from "./query-params";

// The views' URLs: what a reader's query means (anything unreadable is no filter, never an error) and the one way
// each state is written (the page cache keys pages by it, so two spellings of a view must come out the same).

const parsers = {
  q: parseAsString,
  tags: parseAsArrayOf(parseAsStringLiteral(["a", "b,c"] as const)),
  on: parseAsBoolean,
};
const load = createLoader(parsers);
const serialize = createSerializer(parsers);

describe("a view's state in its URL", () => {
  it("reads each parameter, null where absent or unreadable, and leaves unknown items of a list out", () => {
    expect(load(new URLSearchParams("q=two+words&tags=a,x,b%252Cc&on=TRUE&junk=1"))).toEqual({
      q: "two words",
      tags: ["a", "b,c"],
      on: true,
    });
    expect(load(new URLSearchParams(""))).toEqual({ q: null, tags: null, on: null });
    expect(load(new URLSearchParams("tags="))).toMatchObject({ tags: [] });
  });

  it("writes a readable query, escaping only what would end or change a value", () => {
    expect(serialize({ q: "R&D 50% <b>#1+", tags: ["b,c", "a"], on: false })).toBe(
      "?q=R%26D+50%25+%3Cb%3E%231%2B&tags=b%252Cc,a&on=false",
    );
    expect(serialize({ q: null, tags: null })).toBe("");
  });

  it("changes a query it is given: null removes a parameter, a value replaces it, what it does not name stays", () => {
    expect(serialize("?q=x&keep=1&on=true", { q: "y", on: null })).toBe("?q=y&keep=1");
    expect(serialize("", { tags: ["a"] })).toBe("?tags=a");
    // A stray parameter the reader typed stays a parameter: its key cannot end the query or start a fragment.
    expect(serialize("?a%23b=1&c%26d=2", { q: "x" })).toBe("?a%23b=1&c%26d=2&q=x");
  });

  it("reads back what it writes, for the matrix and the comparison", () => {
    const view = "?at=2019-12-28&topics=ixps,igf-role&evidence=vote&region=Europe&q=k%C3%A9nya+x&sort=score:ixps";
    const state = loadMatrixParams(new URLSearchParams(view));
    expect(loadMatrixParams(new URLSearchParams(serializeMatrixParams(state)))).toEqual(state);
    expect(state).toMatchObject({ at: "2019-12-28", topics: ["ixps", "igf-role"], evidence: ["vote"], q: "kénya x" });
    // Junk values are not part of the view: they write nothing.
    expect(serializeMatrixParams(loadMatrixParams(new URLSearchParams("at=2019-02-30&region=Atlantis&sort=x")))).toBe(
      "",
    );
    expect(
      serializeCompareParams(loadCompareParams(new URLSearchParams("governments=rus,usa,rus,xx1&at=2019-12-28"))),
    ).toBe("?governments=RUS,USA&at=2019-12-28");
  });
});
