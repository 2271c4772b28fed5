import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Declares what a cached page shows, so that a change to any of it drops the page. Next attaches
 * tags to a rendered page only through its cached data calls; this is one such call that
 * caches nothing of its own worth keeping (a constant), made once per page render.
 */
export async function dependsOn(...tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ["depends-on", ...tags], { tags })();
}
