/** The Next versions the front server's shortcut was checked against (see next-internals.mjs). */
export const TESTED_NEXT_VERSIONS: readonly string[];
export function installedNextVersion(): string;
export function frontAnswersHitsOn(version: string): boolean;
export const NEXT_REQUEST_HEADERS: readonly string[];
export const NEXT_RSC_QUERY: string;
export function pagePathOfKey(key: string): string | undefined;
export function keyPathOf(routePath: string): string;
export const NEXT_TAGS_HEADER: string;
export function renderedPage(value: unknown): { html: string; headers: Record<string, unknown> } | undefined;
export const NEXT_VARY: string;
export const NEXT_HIT_HEADERS: Readonly<Record<string, string>>;
export function nextRewriteHeaders(rewrite: string | null): Record<string, string>;
export function hasNextSharedCaching(cacheControl: unknown): boolean;
