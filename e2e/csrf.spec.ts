import { expect, test } from "./fixtures";

// tRPC mutations accept only same-origin JSON with a session: a form or text/plain post
// (which any site can make a browser send) and a foreign Origin are refused before anything runs.

const PROPOSE = "/api/trpc/contributions.propose";
const body = {
  government: "NOR",
  topic: "ixps",
  stance: "mixed",
  statedOn: "2014-01-01",
  summary: "Norway spoke about exchange points.",
  sources: ["https://example.org/n"],
};

test("form and text/plain posts are refused with 415", async ({ request }) => {
  for (const contentType of ["application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"]) {
    const response = await request.post(PROPOSE, {
      headers: { "content-type": contentType },
      data: JSON.stringify(body),
    });
    expect(response.status()).toBe(415);
    expect(await response.json()).toEqual({ error: "Send JSON (Content-Type: application/json)." });
  }
});

test("a foreign Origin is refused with 403", async ({ request }) => {
  const response = await request.post(PROPOSE, {
    headers: { "content-type": "application/json", origin: "https://evil.example" },
    data: body,
  });
  expect(response.status()).toBe(403);
});

test("same-origin JSON without a session is refused with 401, and says to sign in", async ({ request, baseURL }) => {
  const response = await request.post(PROPOSE, {
    headers: { "content-type": "application/json", origin: baseURL ?? "" },
    data: body,
  });
  expect(response.status()).toBe(401);
  expect(JSON.stringify(await response.json())).toContain("Sign in to do that.");
});

test("a batch of more than ten calls is refused with 400 before any runs", async ({ request }) => {
  const batch = (n: number) =>
    `/api/trpc/${Array(n).fill("stats.site").join(",")}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`;
  expect((await request.get(batch(10))).status()).toBe(200);
  const refused = await request.get(batch(11));
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("Batch call exceeds maximum size");
});

test("a body over 100 kB is refused with 413 before it is parsed", async ({ request, baseURL }) => {
  const huge = { ...body, summary: "x".repeat(200 * 1024) };
  const response = await request.post(PROPOSE, {
    headers: { "content-type": "application/json", origin: baseURL ?? "" },
    data: huge,
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ error: "The request body is over 100 kB." });
});

test("tRPC answers are never cached: they are for the caller", async ({ request }) => {
  const response = await request.get(`/api/trpc/stats.site?input=${encodeURIComponent(JSON.stringify({}))}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});
