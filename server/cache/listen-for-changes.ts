import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { type DatabaseHandle } from "@/db/client";
import { invalidateTags, setListening } from "./view-invalidations.mjs";
import { tagsForAnnouncement, viewTags } from "./view-tags";

export const VIEWS_CHANNEL = "stance_atlas_views";
const RETRY_MS = 1_000;
export const HEARTBEAT_MS = 5_000;
/** Heartbeats share the views channel (they must cross the very connection they test); every server ignores them. */
const HEARTBEAT_PREFIX = '{"heartbeat":';

/**
 * Keeps this server's cached pages in step with the database: every announced change (from
 * any app server, the CLI or an import) drops the pages that show it. If the listening
 * connection drops, notifications may be missed: every page is dropped and, until listening
 * resumes, pages are rendered afresh and not cached.
 *
 * A connection can also go silent without an error (half-open: a frozen server, a lost route). So on
 * PostgreSQL the server sends itself a heartbeat every `heartbeatMs` through its normal pool; one not
 * heard by the next beat counts as a lost connection (reconnect, drop everything cached).
 */
export function listenForChanges(
  handle: DatabaseHandle,
  log: (message: string) => void = console.warn,
  { heartbeatMs = HEARTBEAT_MS }: { heartbeatMs?: number } = {},
): () => Promise<void> {
  let stop: (() => Promise<void>) | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let connection = 0; // which connection attempt callbacks belong to: a dropped one's are ignored
  let listening = false;
  let awaited: string | null = null; // the heartbeat sent and not heard yet
  let beats = 0;
  const self = randomUUID();

  const lost = (attempt: number, error: Error) => {
    if (attempt !== connection) return;
    connection++;
    listening = false;
    awaited = null;
    setListening(false);
    void stop?.().catch(() => {}); // not awaited: a silent connection may never finish closing
    stop = null;
    if (stopped) return;
    log(
      `Cached pages: lost the database's change notifications (${error.message}); retrying every ${RETRY_MS / 1000} s`,
    );
    clearTimeout(timer);
    timer = setTimeout(() => void start(), RETRY_MS);
  };

  const onNotify = (payload: string) => {
    if (!payload.startsWith(HEARTBEAT_PREFIX)) invalidateTags(tagsForAnnouncement(payload));
    else if (payload === awaited) awaited = null;
  };

  const start = async () => {
    const attempt = connection;
    // A connection attempt through a silent network may never settle: give up on it after two beats.
    const giveUp = setTimeout(() => lost(attempt, new Error("connecting took too long")), 2 * heartbeatMs);
    try {
      const unlisten = await handle.listen(VIEWS_CHANNEL, onNotify, (error) => lost(attempt, error));
      if (attempt !== connection || stopped) {
        void unlisten().catch(() => {});
        return;
      }
      stop = unlisten;
      invalidateTags([viewTags.all]); // anything rendered before now may have missed a change
      listening = true;
      setListening(true);
    } catch (error) {
      lost(attempt, error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(giveUp);
    }
  };

  const beat = () => {
    if (!listening) return;
    if (awaited !== null) {
      lost(connection, new Error(`a heartbeat was not heard within ${heartbeatMs} ms`));
      return;
    }
    awaited = `${HEARTBEAT_PREFIX}"${self}:${++beats}"}`;
    // A heartbeat that cannot be sent (the database is down) is not heard either: the next beat says so.
    handle.db.execute(sql`select pg_notify(${VIEWS_CHANNEL}, ${awaited})`).catch(() => {});
  };
  // The embedded database's notifications are in-process: they cannot go silent.
  const heartbeat = handle.kind === "postgres" ? setInterval(beat, heartbeatMs) : undefined;
  heartbeat?.unref();

  void start();
  return async () => {
    stopped = true;
    connection++;
    clearInterval(heartbeat);
    clearTimeout(timer);
    setListening(false);
    await stop?.();
  };
}
