import { NextResponse, type NextRequest } from "next/server";
import { cachedViewPath, hasSessionCookie } from "@/server/cache/view-routes";
import { todayUtc } from "@/server/shared/dates";

// Routes reader pages to their cached renders (server/cache/view-routes.ts). Redirects and
// rewrites only: every page and procedure checks roles itself.

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // The cached routes are reached only through the URLs readers use.
  if (pathname.startsWith("/cached/")) return new NextResponse("Not found", { status: 404 });
  const signedIn = hasSessionCookie(request.cookies.getAll().map(({ name }) => name));
  const target = cachedViewPath({ pathname, query: searchParams, today: todayUtc(), signedIn });
  return target ? NextResponse.rewrite(new URL(target, request.url)) : NextResponse.next();
}

export const config = { matcher: ["/", "/matrix", "/changes", "/positions/:id", "/cached/:path*"] };
