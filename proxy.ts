import { NextResponse, type NextRequest } from "next/server";
import { cachedViewPath, hasSessionCookie, isViewRoute } from "@/server/cache/view-routes";
import { contentSecurityPolicy, takesNonce } from "@/server/http/security-headers";
import { todayUtc } from "@/server/shared/dates";

// Routes reader pages to their cached renders (the `view/` routes in each page's folder, as
// server/cache/view-routes.ts maps them), and gives the pages
// that take passwords or act for an account a Content-Security-Policy with a fresh nonce (Next puts
// it on its scripts). Redirects, rewrites and headers only: every page and procedure checks roles itself.

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const signedIn = hasSessionCookie(request.cookies.getAll().map(({ name }) => name));
  // Its policy replaces next.config.ts's (middleware headers are applied after the config's).
  if (takesNonce(pathname, { signedIn })) return withNonce(request);
  // The cached routes are reached only through the URLs readers use.
  if (isViewRoute(pathname)) return new NextResponse("Not found", { status: 404 });
  const target = cachedViewPath({ pathname, query: searchParams, today: todayUtc(), signedIn });
  return target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next();
}

function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy); // Next reads the nonce from the request's policy
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    "/",
    "/view/:path*",
    "/matrix/:path*",
    "/changes/:path*",
    "/log/:path*",
    "/compare/:path*",
    "/blocs/:path*",
    "/embed/:path*",
    "/og/matrix/:path*",
    "/data/:path*",
    "/positions/:id/:path*",
    "/sign-in/:path*",
    "/sign-up/:path*",
    "/me/:path*",
    "/contribute/:path*",
    "/moderation/:path*",
    "/admin/:path*",
  ],
};
