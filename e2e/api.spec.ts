import arData from "@/db/dataset/translations/ar.json";
import { expect, test } from "./fixtures";
import { historyEntryResponse, matrixResponse, positionResponse, searchResponse } from "@/server/schemas/api-responses";

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
  expect(topics).toHaveLength(10);
  expect(topics[0]).toEqual({
    slug: "governments-role",
    title: "Role of governments in Internet governance",
    description: expect.any(String),
    multistakeholderPole: expect.any(String),
    intergovernmentalPole: expect.any(String),
    lang: "en", // the language its texts are in
  });
  // In Arabic: the same topic, its texts translated, the slug as it is.
  const [arabic] = await (await request.get("/api/v1/topics?lang=ar")).json();
  expect(arabic).toMatchObject({
    slug: "governments-role",
    title: arData.topics["governments-role"].title,
    lang: "ar",
  });
  const events = await (await request.get("/api/v1/events")).json();
  expect(events).toContainEqual({
    slug: "netmundial-2014",
    name: "NETmundial",
    place: "São Paulo",
    startDate: "2014-04-23",
    endDate: "2014-04-24",
    lang: "en",
  });
  expect(events).toContainEqual({
    slug: "unga-74-247-2019",
    name: expect.stringContaining("74/247"),
    place: "New York",
    startDate: "2019-12-27",
    endDate: "2019-12-27",
    lang: "en",
  });
  expect(events).toContainEqual({
    slug: "un-cybercrime-convention-adoption-2024",
    name: expect.stringContaining("without a vote"),
    place: "New York",
    startDate: "2024-12-24",
    endDate: "2024-12-24",
    lang: "en",
  });
  expect(events).toHaveLength(17);
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

test.describe("the matrix, positions and history API", () => {
  test("the matrix has one row per government and every requested topic in every row", async ({ request }) => {
    const response = await request.get("/api/v1/matrix?at=2013-05-17&topics=governments-role,cwg-internet-openness");
    expect(response.status()).toBe(200);
    const matrix = matrixResponse.parse(await response.json());
    expect(matrix.at).toBe("2013-05-17");
    expect(matrix.topics).toEqual(["governments-role", "cwg-internet-openness"]);
    expect(matrix.rows).toHaveLength(195);
    const russia = matrix.rows.find((r) => r.iso3 === "RUS");
    expect(russia?.cells["governments-role"]).toMatchObject({
      stance: "intergovernmental",
      score: 2,
      statedOn: "2013-05-16",
      event: "wtpf-2013",
    });
    expect(russia?.cells["cwg-internet-openness"]).toBeNull();
  });

  test("a position dated D is in the matrix at D and not at D-1", async ({ request }) => {
    const at = async (date: string) =>
      (await (await request.get(`/api/v1/matrix?at=${date}&topics=governments-role`)).json()).rows.find(
        (r: { iso3: string }) => r.iso3 === "BRA",
      ).cells["governments-role"];
    expect(await at("2013-05-13")).toBeNull();
    expect(await at("2013-05-14")).toMatchObject({ stance: "leans_intergovernmental" });
    expect(await at("2013-05-15")).toMatchObject({ stance: "leans_intergovernmental" });
    expect(await at("2013-05-16")).toMatchObject({ stance: "mixed" });
  });

  test("the CSV and the JSON agree", async ({ request }) => {
    const query = "at=2013-05-17&topics=governments-role,multistakeholder-model,cwg-internet-openness";
    const json = matrixResponse.parse(await (await request.get(`/api/v1/matrix?${query}`)).json());
    const csvResponse = await request.get(`/api/v1/matrix.csv?${query}`);
    expect(csvResponse.headers()["content-type"]).toContain("text/csv");
    const lines = (await csvResponse.text()).trim().split("\n");
    expect(lines[0]).toBe(["iso3", "name", ...json.topics].join(","));
    const fromJson = json.rows.map((r) =>
      [r.iso3, json.topics.map((t) => r.cells[t]?.stance ?? "").join(",")].join(","),
    );
    const fromCsv = lines.slice(1).map((l) => {
      const cells = l.split(",");
      return [cells[0], ...cells.slice(-json.topics.length)].join(",");
    });
    expect(fromCsv).toEqual(fromJson);
  });

  test("positions lists approved positions newest first, filtered by government and topic", async ({ request }) => {
    const all = await (await request.get("/api/v1/positions")).json();
    const positions = positionResponse.array().parse(all);
    expect(positions.map((p) => p.statedOn)).toEqual([...positions.map((p) => p.statedOn)].sort().reverse());
    const brazil = positionResponse
      .array()
      .parse(await (await request.get("/api/v1/positions?government=BRA&topic=governments-role")).json());
    expect(brazil.map((p) => [p.statedOn, p.stance])).toEqual([
      ["2013-05-16", "mixed"],
      ["2013-05-14", "leans_intergovernmental"],
    ]);
  });

  test("a position's history lists its approved revisions with display names, never emails", async ({ request }) => {
    const russia = positionResponse
      .array()
      .parse(await (await request.get("/api/v1/positions?government=RUS&topic=un-cybercrime-treaty")).json())
      .find((p) => p.statedOn === "2019-12-27");
    if (!russia) throw new Error("Russia's 74/247 position is missing");
    const history = historyEntryResponse
      .array()
      .parse(await (await request.get(`/api/v1/positions/${russia.id}/history`)).json());
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      author: "Stance Atlas reference dataset",
      reviewer: "Stance Atlas reference dataset",
      stance: "intergovernmental",
      evidence: "submission",
    });
    expect(JSON.stringify(history)).not.toContain("@");
  });

  for (const [path, status, error] of [
    ["/api/v1/matrix?at=2013-02-30", 400, "at: must be a calendar date written YYYY-MM-DD, like 2013-05-16."],
    ["/api/v1/matrix?at=yesterday", 400, "at: must be a calendar date written YYYY-MM-DD, like 2013-05-16."],
    ["/api/v1/matrix?topics=ixps,space-law", 400, "Unknown topic: space-law."],
    ["/api/v1/matrix.csv?topics=", 400, "topics: must name at least one item."],
    ["/api/v1/matrix?sort=loudest", 400, "sort: must be name, region, or score:<topic-slug>."],
    ["/api/v1/positions?government=XYZ", 400, "Unknown government: XYZ."],
    ["/api/v1/positions?government=Brazil", 400, "government: must be an ISO 3166-1 alpha-3 code, like BRA."],
    ["/api/v1/positions/999999/history", 404, "No published position has the id 999999."],
    ["/api/v1/positions/abc/history", 400, "id: must be a position id (a positive whole number)."],
    [
      "/api/v1/matrix?evidence=rumour",
      400,
      "evidence: must list evidence kinds from: statement, vote, submission, endorsement.",
    ],
    ["/api/v1/positions.csv?evidence=", 400, "evidence: must name at least one item."],
    ["/api/v1/matrix?at=0000-01-01", 400, "at: must be on or after 1990-01-01: the record starts in 1990."],
    ["/changes.atom?topic=%00", 400, "Text may not contain control characters (such as NUL)."],
  ] as const) {
    test(`${path} → ${status}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      expect(await response.json()).toEqual({ error });
    });
  }

  test("the reference dataset: 1,135 sourced positions, each with an evidence kind, and the same through the matrix", async ({
    request,
  }) => {
    const positions = positionResponse.array().parse(await (await request.get("/api/v1/positions")).json());
    expect(positions.length).toBeGreaterThanOrEqual(1135);
    expect(positions.every((p) => p.sources.length > 0 && p.evidence && p.datePrecision)).toBe(true);
    expect(new Set(positions.map((p) => p.government)).size).toBeGreaterThanOrEqual(194);
    expect(positions.filter((p) => p.datePrecision === "on_or_before").length).toBeGreaterThanOrEqual(69);
    const matrix = matrixResponse.parse(
      await (await request.get("/api/v1/matrix?at=2019-12-28&topics=un-cybercrime-treaty")).json(),
    );
    const cells = matrix.rows.flatMap((r) =>
      r.cells["un-cybercrime-treaty"] ? [r.cells["un-cybercrime-treaty"]] : [],
    );
    expect(cells).toHaveLength(189);
    expect(matrix.rows.find((r) => r.iso3 === "RUS")?.cells["un-cybercrime-treaty"]).toMatchObject({
      stance: "intergovernmental",
      evidence: "submission",
      datePrecision: "day",
    });
  });

  test("evidence=… keeps only positions known from those kinds, in the matrix, the positions list and its CSV", async ({
    request,
  }) => {
    const cell = async (query: string) =>
      matrixResponse
        .parse(await (await request.get(`/api/v1/matrix?at=2019-12-28&topics=un-cybercrime-treaty&${query}`)).json())
        .rows.find((r) => r.iso3 === "RUS")?.cells["un-cybercrime-treaty"];
    expect(await cell("evidence=vote")).toMatchObject({ evidence: "vote", statedOn: "2018-12-17" }); // 73/187: its 74/247 vote is a sponsor's submission
    expect(await cell("evidence=vote,submission")).toMatchObject({ evidence: "submission" });
    const statements = positionResponse
      .array()
      .parse(await (await request.get("/api/v1/positions?evidence=statement")).json());
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((p) => p.evidence === "statement")).toBe(true);
    const csv = await request.get("/api/v1/positions.csv?government=JPN&topic=multistakeholder-model");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe(
      "government,topic,stance,evidence,stated_on,date_precision,summary,source_url,event,quote,ended_on,end_note,end_source_url",
    );
    expect(lines[1]).toMatch(/^JPN,multistakeholder-model,leans_multistakeholder,endorsement,2014-12-31,year,/);
  });

  test("the OpenAPI document describes the API", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/matrix",
        "/api/v1/matrix.csv",
        "/api/v1/positions.csv",
        "/api/v1/positions/{id}/history",
      ]),
    );
    expect(doc.components.schemas.EvidenceKind.enum).toEqual(["statement", "vote", "submission", "endorsement"]);
  });
});

test("a tRPC call the database could not take is a 400 that says why, never a 500 with SQL in it", async ({
  request,
}) => {
  const call = (path: string, input: unknown) =>
    request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  for (const response of [
    await call("changes.list", { topic: "\u0000" }),
    await call("matrix.cells", { at: "0000-01-01" }),
  ]) {
    expect(response.status()).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/select|Failed query|params/i);
  }
});

test("an address with a malformed percent-encoding is a 400 that says so, never a 500", async ({ request }) => {
  for (const path of ["/topics/%zz", "/governments/%FF", "/api/v1/positions/%FF/history"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("malformed percent-encoding");
  }
  for (const key of ["constructor", "toString", "__proto__"]) {
    const api = await request.get(`/api/v1/governments?${key}=1`);
    expect(api.status()).toBe(400);
    expect(await api.json()).toEqual({ error: `Unknown query parameter: ${key}.` });
  }
});

test("lang= names governments in the asked language; codes, slugs and stances stay the same", async ({ request }) => {
  const english = matrixResponse.parse(await (await request.get("/api/v1/matrix?at=2019-12-28")).json());
  const response = await request.get("/api/v1/matrix?at=2019-12-28&lang=ar");
  expect(response.headers()["content-language"]).toBe("ar");
  const arabic = matrixResponse.parse(await response.json());
  const russia = arabic.rows.find((row) => row.iso3 === "RUS");
  expect(russia?.name).toBe("روسيا");
  expect(russia?.cells).toEqual(english.rows.find((row) => row.iso3 === "RUS")?.cells);
  expect(arabic.rows.map((row) => row.iso3).sort()).toEqual(english.rows.map((row) => row.iso3).sort());

  const agreement = await (await request.get("/api/v1/governments/RUS/agreement?lang=zh")).json();
  expect(agreement.closest.every((pair: { name: string }) => !/[A-Za-z]/.test(pair.name))).toBe(true);
  const refused = await request.get("/api/v1/governments?lang=de");
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({ error: "lang: must be one of: en, ar, zh, fr, ru, es." });
});

test("search finds the Convention's signatures and the 74/247 votes; a query of only punctuation is a 400 that says why", async ({
  request,
}) => {
  const response = await request.get("/api/v1/search?q=cybercrime&limit=200");
  expect(response.status()).toBe(200);
  const answer = searchResponse.parse(await response.json());
  expect(answer.total).toBeGreaterThan(200);
  const summaries = answer.results.map((hit) => hit.summary);
  expect(summaries.some((s) => s.startsWith("Signed the UN Convention against Cybercrime"))).toBe(true);
  const votes = searchResponse.parse(await (await request.get("/api/v1/search?q=cybercrime+74/247+voted")).json());
  expect(votes.results.every((hit) => hit.summary.includes("74/247"))).toBe(true);
  expect(votes.total).toBeGreaterThan(50);

  const punctuation = await request.get(`/api/v1/search?q=${encodeURIComponent("?!…")}`);
  expect(punctuation.status()).toBe(400);
  expect(await punctuation.json()).toEqual({ error: expect.stringContaining("Nothing to search for") });
  expect((await request.get("/api/v1/search")).status()).toBe(400);
  // In Arabic: the topic's title, the same positions.
  const arabic = searchResponse.parse(await (await request.get("/api/v1/search?q=cybercrime&lang=ar")).json());
  expect(arabic.results[0]?.topic).toMatchObject({ lang: "ar", title: arData.topics["un-cybercrime-treaty"].title });
});
