import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { releaseFileResponse } from "./release-file-response";

// A release file is served as published (identity) or gzip-compressed: two representations, so
// each has its own ETag and Repr-Digest, and caches are told the answer varies with Accept-Encoding.

const body = `id,government,summary\n${Array.from({ length: 500 }, (_, i) => `${i},KEN,Kenya spoke for its exchange point ${i}.`).join("\n")}\n`;
const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");
const file = { mediaType: "text/csv; charset=utf-8", body, sha256: sha256(body) };
const get = (headers: Record<string, string>) => new Request("http://localhost/api/v1/releases/1/positions.csv", { headers });
const digestOf = (bytes: Buffer) => `sha-256=:${createHash("sha256").update(bytes).digest("base64")}:`;

describe("a release file's two encodings", () => {
  it("answers the published bytes with their SHA-256 as ETag to a client that does not take gzip", async () => {
    const response = await releaseFileResponse(get({ "accept-encoding": "identity" }), file, "positions.csv");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("etag")).toBe(`"${file.sha256}"`);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(await response.text()).toBe(body);
  });

  it("gives the gzip variant its own ETag and Repr-Digest, and Vary: Accept-Encoding", async () => {
    const response = await releaseFileResponse(get({ "accept-encoding": "gzip, deflate, br" }), file, "positions.csv");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(gunzipSync(bytes).toString()).toBe(body);
    expect(response.headers.get("etag")).toBe(`"${sha256(bytes)}"`);
    expect(response.headers.get("etag")).not.toBe(`"${file.sha256}"`);
    expect(response.headers.get("repr-digest")).toBe(digestOf(bytes));
  });

  it("answers 304 only to the ETag of the encoding it would send", async () => {
    const gzipped = await releaseFileResponse(get({ "accept-encoding": "gzip" }), file, "positions.csv");
    const gzipEtag = gzipped.headers.get("etag") ?? "";
    expect((await releaseFileResponse(get({ "accept-encoding": "gzip", "if-none-match": gzipEtag }), file, "positions.csv")).status).toBe(304);
    expect((await releaseFileResponse(get({ "accept-encoding": "gzip", "if-none-match": `"${file.sha256}"` }), file, "positions.csv")).status).toBe(200);
    expect((await releaseFileResponse(get({ "if-none-match": `W/"x", "${file.sha256}"` }), file, "positions.csv")).status).toBe(304);
    expect((await releaseFileResponse(get({ "if-none-match": gzipEtag }), file, "positions.csv")).status).toBe(200);
  });

  it("does not send gzip to a client that refuses it with q=0", async () => {
    const response = await releaseFileResponse(get({ "accept-encoding": "gzip;q=0, identity" }), file, "positions.csv");
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(body);
  });
});
