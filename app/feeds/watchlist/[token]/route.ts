import { db } from "@/db/server-db";
import { changesAtom } from "@/server/http/changes-feed";
import { answerErrors } from "@/server/http/read-route";
import { feedByToken } from "@/server/services/watches";

/**
 * GET /feeds/watchlist/{token}: a reader's private feed of approved changes to what they watch. The
 * token is the only credential, so the answer is never cached by anyone else and never sends a Referer.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const url = new URL(request.url);
  return answerErrors(async () => {
    const { name, changes } = await feedByToken(db(), (await params).token);
    const xml = changesAtom(changes, {
      origin: url.origin,
      selfPath: url.pathname,
      filtered: `watchlist${name ? ` of ${name}` : ""}`,
    });
    return new Response(xml, {
      headers: {
        "Content-Type": "application/atom+xml; charset=utf-8",
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
