// Which compression a client takes, read as Next's own compression reads it (gzip first, then deflate;
// a coding with q=0 is refused; `*` takes gzip). One rule for every answer that may be compressed:
// release files (release-file-response.ts) and the front server's cached pages.

/** The coding Next's compression will use for this Accept-Encoding, if any. */
export function compressedCoding(header: string | string[] | null | undefined): "gzip" | "deflate" | null {
  const taken = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [coding = "", ...params] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) taken.add(coding);
  }
  if (taken.has("gzip") || taken.has("*")) return "gzip";
  return taken.has("deflate") ? "deflate" : null;
}
