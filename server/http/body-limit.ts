import "server-only";

/** The answer to a body over the limit: refused before it is parsed. */
const tooLarge = (maxBytes: number) =>
  Response.json(
    { error: `The request body is over ${Math.round(maxBytes / 1024)} kB.` },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );

/**
 * `req` with its body read into memory if it is at most `maxBytes`, or a 413 answer: a body is
 * refused as soon as it passes the limit (by its Content-Length, or while it streams in), never
 * read whole first.
 */
export async function withinBodyLimit(req: Request, maxBytes: number): Promise<Request | Response> {
  if (!req.body) return req;
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
}
