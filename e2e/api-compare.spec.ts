import {
  blocResponse,
  blocSummaryResponse,
  compareResponse,
  governmentAgreementResponse,
} from "@/server/schemas/bloc-responses";
import { expect, test } from "./fixtures";

// The comparison and bloc endpoints of the public read API, held to their documented shapes.

test("compare answers the documented shape, with every pair's agreement", async ({ request }) => {
  const response = await request.get("/api/v1/compare?governments=RUS,USA,BRA,IND&at=2019-12-28");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = compareResponse.parse(await response.json());
  expect(body.at).toBe("2019-12-28");
  expect(body.governments.map((g) => g.iso3)).toEqual(["RUS", "USA", "BRA", "IND"]);
  expect(body.agreement).toHaveLength(6);
  expect(body.agreement[0]).toEqual({ a: "RUS", b: "USA", sharedTopics: 4, sameSide: 0, distance: 0.563 });
  expect(body.cells.RUS?.["un-cybercrime-treaty"]).toMatchObject({
    stance: "intergovernmental",
    statedOn: "2019-12-27",
  });
});

test("compare refuses a bad request with a 400 that says what is wrong", async ({ request }) => {
  const cases: [string, RegExp][] = [
    ["", /governments/],
    ["governments=RUS", /2 to 6 governments/],
    ["governments=RUS,USA,BRA,IND,CHN,FRA,DEU", /2 to 6 governments/],
    ["governments=RUS,rus", /each government once/],
    ["governments=RUS,XXX", /^Unknown government: XXX\.$/],
    ["governments=RUS,USA&at=2019-02-30", /^at: /],
    ["governments=RUS,USA&colour=red", /Unknown query parameter: colour/],
  ];
  for (const [query, message] of cases) {
    const response = await request.get(`/api/v1/compare?${query}`);
    expect(response.status(), query).toBe(400);
    expect((await response.json()).error, query).toMatch(message);
  }
});

test("compare.csv gives the stances, or the pairs' agreement", async ({ request }) => {
  const stances = await request.get("/api/v1/compare.csv?governments=RUS,USA&at=2019-12-28");
  expect(stances.headers()["content-type"]).toContain("text/csv");
  expect((await stances.text()).split("\n")[0]).toBe("topic,title,RUS,USA");
  const agreement = await (
    await request.get("/api/v1/compare.csv?governments=RUS,USA&at=2019-12-28&table=agreement")
  ).text();
  expect(agreement.trim().split("\n")).toEqual(["a,b,shared_topics,same_side,distance", "RUS,USA,4,0,0.563"]);
});

test("blocs list with member counts; a bloc's members as of a date with their periods and sources", async ({
  request,
}) => {
  const list = blocSummaryResponse.array().parse(await (await request.get("/api/v1/blocs?at=2019-12-28")).json());
  expect(list.find((b) => b.slug === "eu")).toEqual({ slug: "eu", name: "European Union", memberCount: 28 });
  const before = blocResponse.parse(await (await request.get("/api/v1/blocs/eu?at=2019-12-28")).json());
  const uk = before.members.find((m) => m.iso3 === "GBR");
  expect(uk?.periods).toEqual([
    {
      joinedOn: "1973-01-01",
      joinedPrecision: "day",
      sourceUrl: expect.stringMatching(/^https:\/\/europa\.eu\//),
      leftOn: "2020-01-31",
      leftSourceUrl: expect.any(String),
    },
  ]);
  const after = blocResponse.parse(await (await request.get("/api/v1/blocs/eu?at=2020-02-01")).json());
  expect(after.members.map((m) => m.iso3)).not.toContain("GBR");
  expect(after.former.map((m) => m.iso3)).toEqual(["GBR"]);
  expect((await request.get("/api/v1/blocs/nato")).status()).toBe(404);
  expect((await request.get("/api/v1/blocs/EU!")).status()).toBe(400);
  expect((await request.get("/api/v1/blocs/eu?at=yesterday")).status()).toBe(400);
});

test("the matrix filters to a bloc's members as of its date; an unknown bloc is a 400", async ({ request }) => {
  const rows = async (at: string) =>
    (
      (await (await request.get(`/api/v1/matrix?bloc=eu&at=${at}&topics=un-cybercrime-treaty`)).json()) as {
        rows: { iso3: string }[];
      }
    ).rows.map((r) => r.iso3);
  expect(await rows("2019-12-28")).toHaveLength(28);
  expect(await rows("2020-02-01")).toHaveLength(27);
  const unknown = await request.get("/api/v1/matrix?bloc=nato");
  expect(unknown.status()).toBe(400);
  expect(await unknown.json()).toEqual({ error: "Unknown bloc: nato." });
});

test("a government's closest and furthest, and a 404 for an unknown code", async ({ request }) => {
  const body = governmentAgreementResponse.parse(await (await request.get("/api/v1/governments/RUS/agreement")).json());
  expect(body.closest).toHaveLength(5);
  expect(body.closest.every((p) => p.sharedTopics >= 3)).toBe(true);
  expect((await request.get("/api/v1/governments/XYZ/agreement")).status()).toBe(404);
  expect((await request.get("/api/v1/governments/R1/agreement")).status()).toBe(400);
});

test("the OpenAPI document describes the comparison and bloc endpoints", async ({ request }) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  for (const path of [
    "/api/v1/compare",
    "/api/v1/compare.csv",
    "/api/v1/blocs",
    "/api/v1/blocs/{slug}",
    "/api/v1/governments/{iso3}/agreement",
  ]) {
    expect(document.paths[path]?.get, path).toBeDefined();
  }
});
