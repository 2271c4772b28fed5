import { createHash, timingSafeEqual } from "node:crypto";
import type http from "node:http";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { readEnv } from "@/server/env";
import { databaseIsDown } from "@/server/health/database-status";

// Prometheus metrics of this app server (prom-client), answered by the front server at
// /api/metrics: requests and their latency by route, the page cache's hits, the database pool,
// whether the database answers, and the process's own (memory, CPU, event loop). Only with METRICS_TOKEN
// set, and only to a scraper sending `Authorization: Bearer <token>`.

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

const requests = new Counter({
  name: "http_requests_total",
  help: "Requests answered, by route, method and status.",
  labelNames: ["route", "method", "status"],
  registers: [registry],
});
const latency = new Histogram({
  name: "http_request_duration_seconds",
  help: "Time to answer a request, by route.",
  labelNames: ["route", "method"],
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [registry],
});
const cacheHits = new Counter({
  name: "page_cache_hits_total",
  help: "Reader pages answered from the page cache without Next.",
  registers: [registry],
});
new Gauge({
  name: "db_pool_connections",
  help: "PostgreSQL pool connections: total, idle, and requests waiting for one (absent on the embedded database).",
  labelNames: ["state"],
  registers: [registry],
  collect() {
    const stats = globalThis.stanceAtlasDb?.poolStats?.();
    if (!stats) return;
    for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
  },
});
new Gauge({
  name: "database_up",
  help: "1 when the database answered the last probe, 0 while it does not.",
  registers: [registry],
  collect() {
    this.set(databaseIsDown() ? 0 : 1);
  },
});

// Routes by pattern, so that labels stay few whatever paths are asked for.
const ROUTES: [RegExp, string][] = [
  [/^\/_next\//, "/_next/*"],
  [/^\/api\/trpc\/[^/]+$/, "/api/trpc/:procedure"],
  [/^\/api\/v1\/positions\/[^/]+\/history$/, "/api/v1/positions/:id/history"],
  [/^\/api\/auth\//, "/api/auth/*"],
  [/^\/governments\/[^/]+$/, "/governments/:iso3"],
  [/^\/topics\/[^/]+$/, "/topics/:slug"],
  [/^\/positions\/[^/]+$/, "/positions/:id"],
  [/^\/events\/[^/]+$/, "/events/:slug"],
];
const NAMED =
  /^\/(|matrix|changes|changes\.atom|governments|topics|methodology|sign-in|sign-up|me|contribute|moderation|moderation\/import|admin(\/[a-z]+)?|api\/health|api\/metrics|api\/v1\/[a-z.]+)$/;

export function routeOf(url: string): string {
  const path = url.split("?")[0] ?? "/";
  for (const [pattern, route] of ROUTES) if (pattern.test(path)) return route;
  return NAMED.test(path) ? path : "other";
}

/** Counts the request and times it when its answer is finished. */
export function observe(req: http.IncomingMessage, res: http.ServerResponse): void {
  const end = latency.startTimer({ route: routeOf(req.url ?? "/"), method: req.method ?? "GET" });
  res.once("finish", () => {
    end();
    requests.inc({ route: routeOf(req.url ?? "/"), method: req.method ?? "GET", status: String(res.statusCode) });
  });
}

export const countCacheHit = () => cacheHits.inc();

// Compared as SHA-256 digests in constant time: neither the token's characters nor its length show in the timing.
const digest = (text: string) => createHash("sha256").update(text).digest();
const isToken = (authorization: string | undefined, token: string) =>
  timingSafeEqual(digest(authorization ?? ""), digest(`Bearer ${token}`));

const refuse = (res: http.ServerResponse, status: number, error: string, headers: Record<string, string> = {}) =>
  res
    .writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers })
    .end(JSON.stringify({ error }));

/**
 * Answers /api/metrics (true), or leaves the request alone (false). Closed by default: without
 * METRICS_TOKEN nobody gets them (behind a proxy on the same machine, every request comes from loopback).
 * The token is read only for this path, so other requests pay nothing for it.
 */
export async function answerMetrics(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  if ((req.url ?? "").split("?")[0] !== "/api/metrics") return false;
  const token = readEnv().METRICS_TOKEN;
  if (!token) {
    refuse(res, 404, "Metrics are off on this server: set METRICS_TOKEN to serve them.");
    return true;
  }
  if (!isToken(req.headers.authorization, token)) {
    refuse(res, 401, "Metrics need Authorization: Bearer <METRICS_TOKEN>.", { "WWW-Authenticate": "Bearer" });
    return true;
  }
  res
    .writeHead(200, { "Content-Type": registry.contentType, "Cache-Control": "no-store" })
    .end(await registry.metrics());
  return true;
}
