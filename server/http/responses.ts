import "server-only";
import { type Locale } from "@/server/i18n/locales";

// JSON responses for the public read API: open to any origin (CORS), cacheable briefly.

const PUBLIC_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
} as const;

/** The read API's caching: briefly fresh, then served stale while it is checked again. */
export const publicCacheControl = (maxAge: number) => `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`;

export function publicJson(data: unknown, init: { maxAge?: number; status?: number } = {}): Response {
  const { maxAge = 60, status = 200 } = init;
  return Response.json(data, {
    status,
    headers: {
      ...PUBLIC_HEADERS,
      "Cache-Control": maxAge > 0 ? publicCacheControl(maxAge) : "no-store",
    },
  });
}

export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { ...PUBLIC_HEADERS, "Cache-Control": "no-store", ...headers } });
}

/** The answer to a CORS preflight for the read API. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...PUBLIC_HEADERS, "Access-Control-Max-Age": "86400" } });
}

export function publicCsv(body: string, filename: string, maxAge: number): Response {
  return new Response(body, {
    headers: {
      ...PUBLIC_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": publicCacheControl(maxAge),
    },
  });
}

/** A read API answer marked with the language of its names (`?lang=`; server/i18n/localize.ts). */
export function inLanguage(response: Response, locale: Locale): Response {
  response.headers.set("Content-Language", locale);
  return response;
}
