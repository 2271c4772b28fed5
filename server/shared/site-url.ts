/**
 * The address readers reach the site at (`SITE_URL`, e.g. https://stanceatlas.org): the base of the
 * absolute URLs in previews for links (Open Graph images) and in citations. Without it, this server's own.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`);
}
