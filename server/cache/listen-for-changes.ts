import "server-only";
import { type DatabaseHandle } from "@/db/client";
import { invalidateTags, setListening } from "./view-invalidations.mjs";
import { tagsForAnnouncement, viewTags } from "./view-tags";

export const VIEWS_CHANNEL = "stance_atlas_views";
const RETRY_MS = 1_000;

/**
 * Keeps this server's cached pages in step with the database: every announced change (from
 * any app server, the CLI or an import) drops the pages that show it. If the listening
 * connection drops, notifications may be missed: every page is dropped and, until listening
 * resumes, pages are rendered afresh and not cached.
 */
export function listenForChanges(handle: DatabaseHandle, log: (message: string) => void = console.warn): () => Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const lost = (error: Error) => {
    setListening(false);
    if (stopped) return;
    log(`Cached pages: lost the database's change notifications (${error.message}); retrying every ${RETRY_MS / 1000} s`);
    timer = setTimeout(() => void start(), RETRY_MS);
  };

  const start = async () => {
    try {
      stop = await handle.listen(VIEWS_CHANNEL, (payload) => invalidateTags(tagsForAnnouncement(payload)), lost);
      invalidateTags([viewTags.all]); // anything rendered before now may have missed a change
      setListening(true);
    } catch (error) {
      lost(error instanceof Error ? error : new Error(String(error)));
    }
  };

  void start();
  return async () => {
    stopped = true;
    setListening(false);
    clearTimeout(timer);
    await stop?.();
  };
}
