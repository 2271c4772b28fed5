import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getQueryClient } from "./server";

/**
 * Hands what a server component fetched to the client components below it through the query
 * cache. Its own module: a page that imports it loads the query client's code in the browser.
 */
export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
