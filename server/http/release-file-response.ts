import "server-only";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { LRUCache } from "lru-cache";

// A release file, byte for byte as published, or gzip-compressed. The two are different
// representations (RFC 9110 §8.8.3, RFC 9530 §3): each has its own ETag and Repr-Digest, and caches
// are told the answer varies with Accept-Encoding. The app compresses here rather than leave it to
// Next, whose compression would keep the published bytes' ETag on the gzip bytes.

type ReleaseFileBody = { mediaType: string; body: string; sha256: string };
type Encoded = { bytes: Buffer; sha256: string };

const gzipAsync = promisify(gzip);
const sha256Of = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

// Files never change, so each is compressed once (by its published SHA-256), within a memory budget.
const gzipped = new LRUCache<string, Encoded, string>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (encoded) => Math.max(1, encoded.bytes.byteLength),
  fetchMethod: async (_sha256, _stale, { context }) => {
    const bytes = await gzipAsync(context);
    return { bytes, sha256: sha256Of(bytes) };
  },
});

/** Whether Accept-Encoding takes gzip (named, or `*`, with a q above 0). */
export function acceptsGzip(header: string | null): boolean {
  for (const part of (header ?? "").split(",")) {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.find((param) => param.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  }
  return false;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 §13.1.2 asks). */
const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch !== null && ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag);

const digestHeader = (sha256: string) => `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`;

/** The answer to a request for a release file, gzip-compressed when the client takes it. */
export async function releaseFileResponse(request: Request, file: ReleaseFileBody, downloadName: string): Promise<Response> {
  const encoded = acceptsGzip(request.headers.get("accept-encoding")) ? await gzipped.fetch(file.sha256, { context: file.body }) : undefined;
  const sha256 = encoded?.sha256 ?? file.sha256;
  const etag = `"${sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.mediaType,
    "Content-Disposition": `attachment; filename="${downloadName}"`,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "Repr-Digest": digestHeader(sha256),
    Vary: "Accept-Encoding",
    "Access-Control-Allow-Origin": "*",
    ...(encoded && { "Content-Encoding": "gzip" }),
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(encoded ? new Uint8Array(encoded.bytes) : file.body, { headers });
}
