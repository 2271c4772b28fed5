/** A cached page as the front server sends it (see view-cache-handler.mjs). */
export type CachedPage = {
  html: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
  gzip: () => Promise<Buffer>;
  cacheControl?: { revalidate?: number | false; expire?: number };
};

/** The page rendered for `path` (after the proxy's rewrite), or null when it is not cached, not a 200 page, or due to be rendered again. */
export function cachedPage(path: string, now?: number): CachedPage | null;

/** Next's cache handler for rendered reader pages (see view-cache-handler.mjs). */
export default class ViewCacheHandler {
  get(key: string): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>;
  set(
    key: string,
    value: unknown,
    ctx?: { tags?: string[]; fetchCache?: boolean; cacheControl?: unknown },
  ): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
