import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "./front-server";
import { routeOf } from "./metrics";
import { listenOnFreePort } from "./testing";

// /api/metrics as a Prometheus scraper reads it from the front server.

describe("the metrics endpoint", () => {
  const server = createFrontServer((req, res) => {
    res.writeHead(req.url?.startsWith("/missing") ? 404 : 200).end("from Next");
  });
  let base = "";
  beforeAll(async () => {
    base = await listenOnFreePort(server);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const withToken = async <T>(token: string, work: () => Promise<T>) => {
    process.env.METRICS_TOKEN = token;
    try {
      return await work();
    } finally {
      delete process.env.METRICS_TOKEN;
    }
  };

  it("counts requests by route pattern, method and status, with their latency, and the process's own figures", async () => {
    for (const path of ["/governments/KEN", "/governments/BRA", "/topics/ixps", "/missing/page"])
      await fetch(`${base}${path}`);
    const response = await withToken("a-scraper-secret", () =>
      fetch(`${base}/api/metrics`, { headers: { authorization: "Bearer a-scraper-secret" } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toContain('http_requests_total{route="/governments/:iso3",method="GET",status="200"} 2');
    expect(text).toContain('http_requests_total{route="/topics/:slug",method="GET",status="200"} 1');
    expect(text).toContain('http_requests_total{route="other",method="GET",status="404"} 1');
    expect(text).toMatch(/http_request_duration_seconds_count\{route="\/governments\/:iso3",method="GET"\} 2/);
    expect(text).toContain("page_cache_hits_total");
    expect(text).toMatch(/database_up \d/);
    expect(text).toContain("process_resident_memory_bytes");
  });

  it("asks for the token when METRICS_TOKEN is set, and takes only the token itself", async () => {
    await withToken("a-scraper-secret", async () => {
      expect((await fetch(`${base}/api/metrics`)).status).toBe(401);
      for (const wrong of ["wrong", "a-scraper-secreT", "a-scraper-secret2", "a-scraper-secre", ""]) {
        expect(
          (await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${wrong}` } })).status,
          wrong,
        ).toBe(401);
      }
      expect(
        (await fetch(`${base}/api/metrics`, { headers: { authorization: "Basic a-scraper-secret" } })).status,
      ).toBe(401);
      expect(
        (await fetch(`${base}/api/metrics`, { headers: { authorization: "Bearer a-scraper-secret" } })).status,
      ).toBe(200);
    });
  });

  it("serves no metrics while METRICS_TOKEN is unset (closed by default), not even to this machine", async () => {
    delete process.env.METRICS_TOKEN;
    const response = await fetch(`${base}/api/metrics`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "Metrics are off on this server: set METRICS_TOKEN to serve them.",
    });
  });

  it("keeps labels few: every path maps to a pattern or 'other'", () => {
    expect(routeOf("/positions/123?tab=history")).toBe("/positions/:id");
    expect(routeOf("/api/trpc/moderation.queue,stats.site")).toBe("/api/trpc/:procedure");
    expect(routeOf("/api/v1/positions/7/history")).toBe("/api/v1/positions/:id/history");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/*");
    expect(routeOf("/matrix")).toBe("/matrix");
    expect(routeOf("/wp-login.php")).toBe("other");
  });
});
