import { randomBytes } from "node:crypto";
import { approvedPosition } from "@/db/factories";
import { alertSettings, users, watches } from "@/db/schema";
import { benchDatabase } from "./bench-database";
import { mailerFromEnv } from "@/server/email/mailer";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { sendDueDigests } from "@/server/services/alerts";
import { watchedChanges } from "@/server/services/recent-changes";

// What watchlists and digests cost on the embedded database with the reference dataset: a reader's
// watched changes (the watchlist page's and the feed's query), and sending a day's digests over
// SMTP to a local server (this machine's own: the network is not measured).

export type DigestFigures = {
  readers: number;
  watchedChangesMs: number;
  sent: number;
  totalMs: number;
  perDigestMs: number;
};

const READERS = 200;
const GOVERNMENTS = ["BRA", "IND", "RUS", "USA", "CHN", "ZAF", "DEU", "JPN", "KEN", "ARG"];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function emailDigests(): Promise<DigestFigures> {
  const t = await benchDatabase("pglite");
  const smtp = await startTestSmtpServer();
  try {
    const mailer = mailerFromEnv({ EMAIL_SERVER: smtp.url });
    if (!mailer) throw new Error("no mailer");
    const start = new Date(Date.now() - 60_000);
    const readers = await t.db
      .insert(users)
      .values(
        Array.from({ length: READERS }, (_, i) => ({ name: `Reader ${i}`, email: `reader-${i}@bench.example.org` })),
      )
      .returning({ id: users.id });
    await t.db.insert(watches).values(
      readers.flatMap(({ id }, i) => [
        ...[0, 1, 2].map((k) => ({
          userId: id,
          kind: "government" as const,
          target: GOVERNMENTS[(i + k) % GOVERNMENTS.length] ?? "BRA",
        })),
        { userId: id, kind: "topic" as const, target: "igf-role" },
      ]),
    );
    await t.db.insert(alertSettings).values(
      readers.map(({ id }) => ({
        userId: id,
        dailyDigest: true,
        unsubscribeToken: randomBytes(24).toString("hex"),
        coveredUntil: start,
      })),
    );
    for (const [i, government] of GOVERNMENTS.entries()) {
      await approvedPosition(t.db, {
        government,
        topic: "ixps",
        stance: "mixed",
        statedOn: `2024-0${1 + (i % 9)}-1${i % 10}`,
      });
    }
    const queryMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const begin = performance.now();
      await watchedChanges(t.db, readers[i]?.id ?? "", 50);
      queryMs.push(performance.now() - begin);
    }
    const begin = performance.now();
    let sent = 0;
    for (
      let batch = await sendDueDigests(t.db, mailer, "https://stanceatlas.example");
      batch > 0;
      batch = await sendDueDigests(t.db, mailer, "https://stanceatlas.example")
    )
      sent += batch;
    const totalMs = performance.now() - begin;
    return {
      readers: READERS,
      watchedChangesMs: median(queryMs),
      sent,
      totalMs,
      perDigestMs: sent ? totalMs / sent : 0,
    };
  } finally {
    await smtp.close();
    await t.destroy();
  }
}
