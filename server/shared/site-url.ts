import { type Env, readEnv } from "@/server/env";

/**
 * The address readers reach the site at (`SITE_URL`, e.g. https://stanceatlas.org): the base of the
 * absolute URLs in previews for links (Open Graph images) and in citations. Without it, this server's own
 * (server/env.ts makes that default).
 */
export function siteUrl(env: Pick<Env, "SITE_URL"> = readEnv()): URL {
  return new URL(env.SITE_URL);
}
