import "server-only";
import { type Database } from "@/db/client";
import { type Env, readEnv } from "@/server/env";
import { log } from "@/server/log";
import { sendDueDigests } from "@/server/services/alerts";
import { siteUrl } from "@/server/shared/site-url";
import { mailerFromEnv } from "./mailer";

/** How often each app server looks for due digests (ALERTS_TICK_SECONDS; 5 minutes by default). */
export const tickMs = (env: Pick<Env, "ALERTS_TICK_SECONDS"> = readEnv()) => env.ALERTS_TICK_SECONDS * 1000;

/**
 * Sends the email digests from this server, when email is configured. Every instance may tick:
 * each due digest is taken under SKIP LOCKED, so none is sent twice. A failed tick is logged and
 * tried again on the next (what it did not send stays due).
 */
export function startDigests(db: Database, env: Env = readEnv()): void {
  const mailer = mailerFromEnv(env);
  if (!mailer) return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const sent = await sendDueDigests(db, mailer, siteUrl(env).origin);
      if (sent) log.info({ sent }, "email digests sent");
    } catch (err) {
      log.error({ err }, "sending email digests failed; retried on the next tick");
    } finally {
      running = false;
    }
  };
  setInterval(() => void tick(), tickMs(env)).unref();
}
