import { expect, test } from "@playwright/test";

// The public read API as outside clients use it (contract: shared/docs/domain.md).

test("health says ok when the database answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("governments lists the 195 states with their UN M49 regions", async ({ request }) => {
  const response = await request.get("/api/v1/governments");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toContain("public");
  const governments: { iso3: string; name: string; region: string; subregion: string }[] = await response.json();
  expect(governments).toHaveLength(195);
  const byIso = new Map(governments.map((g) => [g.iso3, g]));
  for (const iso3 of ["RUS", "BRA", "IRN", "USA", "SWE", "VAT", "PSE"]) expect(byIso.has(iso3), iso3).toBe(true);
  expect(byIso.get("SWE")).toEqual({ iso3: "SWE", name: "Sweden", region: "Europe", subregion: "Northern Europe" });
  expect(byIso.get("VAT")?.name).toBe("Holy See");
  expect(Object.keys(governments[0] ?? {}).sort()).toEqual(["iso3", "name", "region", "subregion"]);
});

test("governments can be filtered by region", async ({ request }) => {
  const response = await request.get("/api/v1/governments?region=Oceania");
  const governments: { region: string }[] = await response.json();
  expect(governments.length).toBe(14);
  expect(new Set(governments.map((g) => g.region))).toEqual(new Set(["Oceania"]));
});

test("topics and events are the seeded ones, in the documented shape", async ({ request }) => {
  const topics = await (await request.get("/api/v1/topics")).json();
  expect(topics).toHaveLength(8);
  expect(topics[0]).toEqual({
    slug: "governments-role",
    title: "Role of governments in Internet governance",
    description: expect.any(String),
    multistakeholderPole: expect.any(String),
    intergovernmentalPole: expect.any(String),
  });
  const events = await (await request.get("/api/v1/events")).json();
  expect(events).toContainEqual({ slug: "netmundial-2014", name: "NETmundial", place: "São Paulo", startDate: "2014-04-23", endDate: "2014-04-24" });
  expect(events).toHaveLength(5);
});

test.describe("bad queries get a 400 with a JSON error that says what is wrong", () => {
  for (const [path, error] of [
    ["/api/v1/governments?region=Atlantis", "region: must be one of: Africa, Americas, Asia, Europe, Oceania."],
    ["/api/v1/governments?sort=name", "Unknown query parameter: sort."],
    ["/api/v1/topics?limit=5", "Unknown query parameter: limit."],
    ["/api/v1/events?from=2013-01-01&to=2014-01-01", "Unknown query parameters: from, to."],
  ] as const) {
    test(path, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(await response.json()).toEqual({ error });
    });
  }
});
