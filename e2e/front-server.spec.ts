import { expect, test } from "@playwright/test";

// The contract between the front server and Next (server/front/next-internals.mjs): a reader page
// asked for twice is answered the second time by the front, from Next's own cache entry, with the
// bytes and headers Next itself sends for that hit. A change to how the front computes Next's cache
// key (or a Next that keys pages otherwise) makes the second answer come from Next, and this fails.

/** Headers that differ between any two answers, or with how the bytes travel. */
const PER_ANSWER = new Set([
  "date",
  "x-request-id",
  "x-served-by",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
]);

const comparable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_ANSWER.has(name)));

for (const url of [
  "/governments/BRA",
  "/topics/ixps",
  "/changes",
  `/matrix?topics=ixps,igf-role&q=${encodeURIComponent("a/b%c é")}`,
  "/embed/governments/BRA",
]) {
  test(`the front answers ${url} the second time, with Next's own bytes and headers for the hit`, async ({
    request,
  }) => {
    await request.get(url); // rendered by Next, or already cached
    const fromFront = await request.get(url);
    expect(fromFront.status()).toBe(200);
    expect(fromFront.headers()["x-served-by"]).toBe("front");

    const fromNext = await request.get(url, { headers: { "x-front-bypass": "1" } });
    expect(fromNext.headers()["x-served-by"]).toBe("next");
    expect(fromNext.headers()["x-nextjs-cache"]).toBe("HIT");
    expect((await fromFront.body()).equals(await fromNext.body())).toBe(true);
    expect(comparable(fromFront.headers())).toEqual(comparable(fromNext.headers()));
  });
}
