import { gzipSync } from "node:zlib";

/**
 * The JavaScript a page loads up front (its <script src> files), gzip-compressed, in kB. A
 * `nomodule` script (Next's polyfills, 39 kB) is left out: browsers that run modules never fetch it.
 */
export async function routeJavaScriptKb(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const scripts = new Set(tags.map((m) => m[1] ?? ""));
  let bytes = 0;
  for (const src of scripts) bytes += gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer())).length;
  return bytes / 1024;
}
