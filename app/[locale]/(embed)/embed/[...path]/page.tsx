import { notFound } from "next/navigation";

// Any /embed/ address the proxy does not rewrite to an embed (proxy.ts, server/cache/view-routes.ts):
// answered by the embeds' own 404, not the site's page with its header and account links.

export const dynamic = "force-dynamic"; // never a cache entry per junk address

export default function UnknownEmbed(): never {
  notFound();
}
