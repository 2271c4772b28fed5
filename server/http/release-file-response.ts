import "server-only";
import { compressedCoding } from "./accept-encoding";

// A release file, byte for byte as published. Next compresses a route's answer itself when the client
// takes gzip or deflate (and drops any Content-Encoding a route sets, so a route cannot compress it
// for Next). The compressed answer is another representation (RFC 9110 §8.8.3): it gets its own ETag,
// the published bytes' SHA-256 tagged with the coding, and no Repr-Digest (that is of the published
// bytes: Next's compressed bytes are not known here). Caches are told the answer varies with Accept-Encoding.

type ReleaseFileBody = { mediaType: string; body: string; sha256: string };

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 §13.1.2 asks). */
const matches = (ifNoneMatch: string | null, etag: string) =>
  ifNoneMatch !== null &&
  ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag);

const digestHeader = (sha256: string) => `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`;

/** The answer to a request for a release file; Next compresses it when the client takes that. */
export function releaseFileResponse(request: Request, file: ReleaseFileBody, downloadName: string): Response {
  const coding = compressedCoding(request.headers.get("accept-encoding"));
  const etag = coding ? `"${file.sha256}+${coding}"` : `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "Content-Type": file.mediaType,
    "Content-Disposition": `attachment; filename="${downloadName}"`,
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    Vary: "Accept-Encoding",
    "Access-Control-Allow-Origin": "*",
    ...(!coding && { "Repr-Digest": digestHeader(file.sha256) }),
  };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(file.body, { headers });
}
