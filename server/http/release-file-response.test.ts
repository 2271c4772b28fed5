import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { releaseFileResponse } from "./release-file-response";

// A release file is served as published (identity) or, by Next, compressed: two representations, so
// each has its own ETag, and caches are told the answer varies with Accept-Encoding. The published
// bytes' Repr-Digest goes only with the published bytes.

const body = `id,government,summary\n${Array.from({ length: 500 }, (_, i) => `${i},KEN,Kenya spoke for its exchange point ${i}.`).join("\n")}\n`;
const sha256 = (bytes: string | Buffer) => createHash("sha256").update(bytes).digest("hex");
const file = { mediaType: "text/csv; charset=utf-8", body, sha256: sha256(body) };
const get = (headers: Record<string, string>) =>
  new Request("http://localhost/api/v1/releases/1/positions.csv", { headers });

describe("a release file's representations", () => {
  it("answers the published bytes with their SHA-256 as ETag and Repr-Digest to a client that takes no compression", async () => {
    const response = releaseFileResponse(get({ "accept-encoding": "identity" }), file, "positions.csv");
    expect(response.headers.get("etag")).toBe(`"${file.sha256}"`);
    expect(response.headers.get("repr-digest")).toBe(`sha-256=:${Buffer.from(file.sha256, "hex").toString("base64")}:`);
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(await response.text()).toBe(body);
  });

  it("gives the answer Next will compress its own ETag, without the published bytes' Repr-Digest, and Vary: Accept-Encoding", () => {
    const response = releaseFileResponse(get({ "accept-encoding": "gzip, deflate, br" }), file, "positions.csv");
    expect(response.headers.get("etag")).toBe(`"${file.sha256}+gzip"`);
    expect(response.headers.get("repr-digest")).toBeNull();
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("answers 304 only to the ETag of the representation it would send", () => {
    const status = (headers: Record<string, string>) => releaseFileResponse(get(headers), file, "positions.csv").status;
    expect(status({ "accept-encoding": "gzip", "if-none-match": `"${file.sha256}+gzip"` })).toBe(304);
    expect(status({ "accept-encoding": "gzip", "if-none-match": `"${file.sha256}"` })).toBe(200);
    expect(status({ "if-none-match": `W/"x", "${file.sha256}"` })).toBe(304);
    expect(status({ "if-none-match": `"${file.sha256}+gzip"` })).toBe(200);
  });
});
