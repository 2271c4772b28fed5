import autocannon from "autocannon";
import { type Database } from "@/db/client";
import { createUser } from "@/server/services/users";
import { type LoadFigures } from "./page-load";

// `npm run bench -- --soak`: reads (pages and the API) at half the rate the server manages, and beside
// them writes (proposals by signed-in contributors, WRITES_PER_SECOND) for SOAK_SECONDS (180),
// reporting non-2xx answers, p99/p50, and the server's memory (from /api/metrics) before and after.
// Writes have a rate of their own: each contributor may propose 60 an hour, as on the real site.

export const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const PASSWORD = "soak test contributor passphrase";
/** /api/metrics is served only with a token (closed by default): the soak starts its server with this one. */
export const SOAK_METRICS_TOKEN = "soak-test-metrics-token";
const READS = [
  "/",
  "/matrix",
  "/matrix?at=2013-05-17",
  "/governments/KEN",
  "/governments/RUS",
  "/topics/ixps",
  "/changes",
  "/api/v1/matrix?at=2014-06-30",
  "/api/v1/positions?government=BRA",
];
const GOVERNMENTS = ["KEN", "BRA", "IND", "NOR", "ZAF", "MEX", "IDN", "GHA", "CHL", "NZL"];

/** Contributors for the writes, made before the server opens the database (the embedded one has one process). */
export async function soakAccounts(db: Database, count = 40): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i++)
    emails.push(
      (await createUser(db, { email: `soak-${i}-${Date.now()}@example.org`, password: PASSWORD, name: `Soak ${i}` }))
        .email,
    );
  return emails;
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");

/** Signs an account in through Auth.js's credentials endpoint, as a script would; returns its Cookie header. */
async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ email, password: PASSWORD, csrfToken, callbackUrl: "/me" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Signing ${email} in gave no session (${response.status})`);
  return session;
}

async function residentMb(base: string): Promise<number> {
  const text = await (
    await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${SOAK_METRICS_TOKEN}` } })
  ).text();
  return Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? 0) / 1e6;
}

export const WRITES_PER_SECOND = 2;

function proposals(cookies: string[]): { request: autocannon.Request; count: () => number } {
  let written = 0;
  const request: autocannon.Request = {
    method: "POST",
    path: "/api/trpc/contributions.propose",
    setupRequest: (base) => {
      const n = written++;
      const statedOn = new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
      const body = {
        government: GOVERNMENTS[n % GOVERNMENTS.length],
        topic: "ixps",
        stance: "mixed",
        statedOn,
        summary: `Soak proposal ${n}: a position recorded by the soak test.`,
        sources: ["https://example.org/soak"],
      };
      return {
        ...base,
        headers: { "content-type": "application/json", cookie: cookies[n % cookies.length] ?? "" },
        body: JSON.stringify(body),
      };
    },
  };
  return { request, count: () => written };
}

const figuresOf = (result: autocannon.Result): LoadFigures => ({
  rps: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx + result.errors + result.timeouts,
});

export type SoakFigures = {
  maxRps: number;
  reads: LoadFigures;
  writes: LoadFigures;
  written: number;
  rssStartMb: number;
  rssEndMb: number;
};

export async function soak(base: string, emails: string[]): Promise<SoakFigures> {
  const cookies: string[] = [];
  for (const email of emails) cookies.push(await signIn(base, email));
  const requests = READS.map((path) => ({ method: "GET" as const, path }));
  for (const path of READS) await fetch(`${base}${path}`); // warm: the first render of each page
  const max = await autocannon({ url: base, connections: 10, duration: 10, requests });
  const rssStartMb = await residentMb(base);
  const writer = proposals(cookies);
  const [reads, writes] = await Promise.all([
    autocannon({
      url: base,
      connections: 10,
      duration: SOAK_SECONDS,
      overallRate: Math.max(1, Math.floor(max.requests.average / 2)),
      requests,
    }),
    autocannon({
      url: base,
      connections: 2,
      duration: SOAK_SECONDS,
      overallRate: WRITES_PER_SECOND,
      requests: [writer.request],
    }),
  ]);
  return {
    maxRps: max.requests.average,
    reads: figuresOf(reads),
    writes: figuresOf(writes),
    written: writer.count(),
    rssStartMb,
    rssEndMb: await residentMb(base),
  };
}
