import type { IncomingMessage, ServerResponse } from "node:http";
import { isEmbedPage, securityHeaders } from "@/server/http/security-headers";

// next.config.ts gives every path under /embed/ the headers that let other sites frame it; only
// an embed that exists may be framed. Any other answer there (a 404, an error) goes out with the
// site's own headers, decided when its status is known: as its head is written.

export function frameOnlyFoundEmbeds(req: IncomingMessage, res: ServerResponse): void {
  let pathname: string;
  try {
    pathname = new URL(req.url ?? "/", "http://front").pathname;
  } catch {
    return;
  }
  if (!isEmbedPage(pathname)) return;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (status !== 200) for (const { key, value } of securityHeaders) res.setHeader(key, value);
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}
