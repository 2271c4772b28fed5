import { db } from "@/db/server-db";
import { publicReads } from "@/server/cache/public-reads";
import { changesAtom } from "@/server/http/changes-feed";
import { parseQuery } from "@/server/http/query";
import { changesQuerySchema } from "@/server/schemas/proposals";
import { translationIn } from "@/server/i18n/translation";

/** GET /changes.atom[?topic=slug&government=ISO3]: the newest approved changes as an Atom feed. */
export async function GET(request: Request): Promise<Response> {
  const query = parseQuery(changesQuerySchema, request.url);
  if (!query.ok) return query.response;
  const url = new URL(request.url);
  const changes = await publicReads.changes(db(), query.data);
  const filtered = [query.data.topic, query.data.government?.toUpperCase()].filter(Boolean).join(", ");
  const opts = { origin: url.origin, selfPath: `${url.pathname}${url.search}`, filtered };
  const xml = changesAtom(changes, opts, await translationIn(query.locale));
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=60",
      "Content-Language": query.locale,
    },
  });
}
