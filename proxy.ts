import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/server/cache/view-routes";
import { pageRoute } from "@/server/cache/page-route";
import { contentSecurityPolicy, takesNonce } from "@/server/http/security-headers";
import { LOCALE_COOKIE, splitLocale } from "@/server/i18n/locales";
import { todayUtc } from "@/server/shared/dates";

// Routes every page request to the route that renders it in the reader's language (server/cache/page-route.ts):
// reader pages to their cached renders (the `view/` routes in each page's folder), every page under app/[locale]/.
// It gives the pages that take passwords or act for an account a Content-Security-Policy with a fresh nonce (Next
// puts it on its scripts). Redirects, rewrites and headers only: every page and procedure checks roles itself.

/** next-intl's request header for the request's language: what getLocale() answers where no page set it (a server action). */
const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = hasSessionCookie(request.cookies.getAll().map(({ name }) => name));
  const route = pageRoute({
    pathname,
    search,
    today: todayUtc(),
    signedIn,
    rememberedLocale: request.cookies.get(LOCALE_COOKIE)?.value,
  });
  if ("redirect" in route)
    return NextResponse.redirect(new URL(route.redirect, request.url), route.permanent ? 308 : 307);
  // The cached routes are reached only through the URLs readers use.
  if ("notFound" in route) return new NextResponse("Not found", { status: 404 });
  const target = new URL(route.rewrite, request.url);
  // The language the route names, for what runs outside a page's render (a form's server action); never the client's.
  const headers = new Headers(request.headers);
  headers.set(LOCALE_HEADER, splitLocale(target.pathname).locale);
  // Its policy replaces next.config.ts's (middleware headers are applied after the config's).
  if (takesNonce(pathname, { signedIn })) return withNonce(headers, target);
  return NextResponse.rewrite(target, { request: { headers } });
}

function withNonce(headers: Headers, target: URL) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  headers.set("Content-Security-Policy", policy); // Next reads the nonce from the request's policy
  const response = NextResponse.rewrite(target, { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page, in every language: not the API, Next's files, the feeds, figures and files with an extension.
  matcher: ["/((?!api/|_next/|figures/|feeds/|favicon\\.ico$|[^/]*\\.[A-Za-z0-9]+$).*)"],
};
