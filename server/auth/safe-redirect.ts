import { hasControlCharacters } from "@/server/shared/control-characters";

// Any origin of ours will do to resolve a path: only the path comes back out.
const OWN_ORIGIN = "http://stance-atlas.invalid";

/**
 * Where to go after signing in: a same-origin path only, else /me. The candidate is resolved with
 * the URL parser, as a browser would ("/.//x", "/a/..//x" and "/%2e//x" all become "//x", another
 * host), and the normalized path is returned only if it stays on this origin and does not begin with
 * "//" or "/\". A control character (a line break, a tab, NUL) is refused first: browsers drop some
 * of them ("/\t/evil.example" is "//evil.example"), and a line break in a Location header is a 500.
 */
export function safeCallbackPath(value: unknown): string {
  if (typeof value !== "string" || /[\t\n\r]/.test(value) || hasControlCharacters(value)) return "/me";
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/me";
  let url: URL;
  try {
    url = new URL(value, OWN_ORIGIN);
  } catch {
    return "/me";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (url.origin !== OWN_ORIGIN || path.startsWith("//") || path.startsWith("/\\")) return "/me";
  return path;
}

/**
 * Auth.js's `redirect` callback: any callback URL (query, form field or cookie) becomes a safe path on
 * this site. A same-origin absolute URL keeps its path; anything else goes to /me, never to a 500.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let candidate: unknown = url;
  try {
    const absolute = new URL(url);
    candidate =
      absolute.origin === new URL(baseUrl).origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
  } catch {
    // not an absolute URL: a path, judged as one
  }
  return `${new URL(baseUrl).origin}${safeCallbackPath(candidate)}`;
}
