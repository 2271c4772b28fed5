import { z } from "zod";
import { db } from "@/db/server-db";
import { changesAtom } from "@/server/http/changes-feed";
import { parseQuery } from "@/server/http/query";
import { answerErrors } from "@/server/http/read-route";
import { translationIn } from "@/server/i18n/translation";
import { feedByToken } from "@/server/services/watches";

/**
 * GET /feeds/watchlist/{token}[?lang=fr]: a reader's private feed of approved changes to what they watch, in one of
 * the six languages (`lang=`, English by default; the address /me/watchlist shows carries the page's). The token is
 * the only credential, so the answer is never cached by anyone else and never sends a Referer.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const query = parseQuery(z.object({}).strict(), request.url);
  if (!query.ok) return query.response;
  const url = new URL(request.url);
  return answerErrors(async () => {
    const { name, changes } = await feedByToken(db(), (await params).token);
    const translation = await translationIn(query.locale);
    const xml = changesAtom(
      changes,
      {
        origin: url.origin,
        selfPath: `${url.pathname}${url.search}`,
        filtered: translation.t("feeds.watchlist", { name: name ?? "none" }),
      },
      translation,
    );
    return new Response(xml, {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Content-Language": query.locale,
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
