import { gzipSync } from "node:zlib";

/** The JavaScript a page loads up front (its <script src> files), gzip-compressed, in kB. */
export async function routeJavaScriptKb(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  const scripts = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""));
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).length;
  return bytes / 1024;
}
