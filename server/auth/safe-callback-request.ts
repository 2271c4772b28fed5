import "server-only";
import { NextRequest } from "next/server";
import { safeCallbackPath } from "./safe-redirect";

// Auth.js answers 500 ("InvalidCallbackUrl") to a callback URL in the query or its cookie that is
// neither a path nor an http(s) URL, before any of our callbacks run. Anyone can send one, so the
// route handler turns it into a safe path first; the `redirect` callback judges every other value.

const CALLBACK_COOKIE = /(^|-)authjs\.callback-url$/; // authjs.callback-url and __Secure-authjs.callback-url

function acceptable(value: string): string {
  if (value.startsWith("/")) return safeCallbackPath(value);
  try {
    if (/^https?:$/.test(new URL(value).protocol)) return value;
  } catch {
    // not a URL at all
  }
  return safeCallbackPath(value);
}

/** The request, with any callback URL Auth.js would refuse with a 500 replaced by a safe path. */
export function withSafeCallbackUrl(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const query = url.searchParams.get("callbackUrl");
  const badQuery = query !== null && acceptable(query) !== query;
  const badCookies = request.cookies
    .getAll()
    .filter(({ name, value }) => CALLBACK_COOKIE.test(name) && acceptable(value) !== value);
  if (!badQuery && badCookies.length === 0) return request;
  if (badQuery) url.searchParams.set("callbackUrl", acceptable(query));
  const safe = new NextRequest(url, request);
  for (const { name, value } of badCookies) safe.cookies.set(name, acceptable(value));
  return safe;
}
