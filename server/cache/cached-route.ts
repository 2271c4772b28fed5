import "server-only";
import { notFound } from "next/navigation";
import { decodeSearch } from "@/server/cache/view-routes";
import { isCalendarDate } from "@/server/shared/dates";

// The `view/` routes are reader pages that the proxy rewrote (server/cache/view-routes.ts):
// each is rendered on its first request, then served from the page cache until the database
// announces a change to something it shows. Each route file exports these settings:
//   export const revalidate = false;       // no timer: changes invalidate it
//   export const dynamicParams = true;     // any key, rendered on demand
//   export function generateStaticParams() { return []; } // nothing at build time (no database there)

/** The key's query string, or the 404 page for a key no proxy would make. */
export function searchFromKey(segment: string): string {
  try {
    return decodeSearch(segment);
  } catch {
    notFound();
  }
}

/** The key's day, or the 404 page. */
export function dayFromKey(segment: string): string {
  if (!isCalendarDate(segment)) notFound();
  return segment;
}

/** What a cached view is rendered for: its key, decoded. */
export type CachedViewProps = { today: string; search: string };
