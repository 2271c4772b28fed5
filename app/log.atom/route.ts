import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { logAtom } from "@/server/http/log-feed";
import { parseQuery } from "@/server/http/query";
import { logQuerySchema } from "@/server/schemas/moderation-log";
import { translationIn } from "@/server/i18n/translation";

/** GET /log.atom[?action=&topic=&government=]: the newest moderation decisions as an Atom feed. */
export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(logQuerySchema, request.url);
  if (!query.ok) return query.response;
  const url = new URL(request.url);
  const { entries } = await publicReads.log(db(), query.data);
  const filtered = [query.data.action, query.data.topic, query.data.government?.toUpperCase()]
    .filter(Boolean)
    .join(", ");
  const opts = { origin: url.origin, selfPath: `${url.pathname}${url.search}`, filtered };
  const xml = logAtom(entries, opts, await translationIn(query.locale));
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Content-Language": query.locale,
    },
  });
}
