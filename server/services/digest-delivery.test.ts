import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, dailyIxpPublisher, makeAccount } from "@/server/api/testing";
import { mailerFromEnv, type Mailer } from "@/server/email/mailer";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { probeDatabase } from "@/server/health/database-status";
import { DIGEST_EVERY_MS, DIGEST_RETRY_MS, sendDueDigests } from "./alerts";

// Each digest is its own send and its own record: an address the mail server refuses, for good (550)
// or for now (450), changes nothing for the other readers, and nobody gets the same digest twice.

const SITE = "https://stanceatlas.example";

describe.each(TEST_DRIVERS)("digest delivery when the mail server refuses an address, on %s", (kind) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let mailer: Mailer;
  let mod: ReturnType<typeof callerAs>;
  const refused = new Map<string, 450 | 550>();
  const { publish } = dailyIxpPublisher(() => mod, "2011-01-01");
  const later = (ms: number) => new Date(Date.now() + ms);
  const receivedBy = (email: string) => smtp.received.filter((m) => m.to.includes(email));

  async function reader(name: string, watching: string) {
    const account = await makeAccount(t.db, "contributor", name);
    const caller = callerAs(t.db, account.id);
    await caller.watches.set({ kind: "government", target: watching, watching: true });
    await caller.alerts.save({ dailyDigest: true, proposalsWaiting: false });
    return account.email;
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    smtp = await startTestSmtpServer(0, { refuse: (address) => refused.get(address) });
    const configured = mailerFromEnv({ EMAIL_SERVER: smtp.url });
    if (!configured) throw new Error("no mailer");
    mailer = configured;
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
  });
  afterAll(async () => {
    await smtp.close();
    await t.destroy();
  });

  it("sends every other reader exactly one digest over several ticks, and the refused reader's changes in the next period", async () => {
    const emails = [
      await reader("Ann", "CRI"),
      await reader("Ben Bounced", "CRI"),
      await reader("Cy", "CRI"),
      await reader("Di", "CRI"),
    ];
    const [, bounced = ""] = emails;
    refused.set(bounced, 550);
    await publish("CRI");
    for (const tick of [1, 2, 3, 4]) await sendDueDigests(t.db, mailer, SITE, later(tick * 1000));
    for (const email of emails.filter((e) => e !== bounced)) expect(receivedBy(email)).toHaveLength(1);
    expect(receivedBy(bounced)).toHaveLength(0);
    // Not retried all day (the server said no for good), and nothing is lost: the next day's digest tells it.
    refused.delete(bounced);
    await sendDueDigests(t.db, mailer, SITE, later(DIGEST_RETRY_MS + 5000));
    expect(receivedBy(bounced)).toHaveLength(0);
    await sendDueDigests(t.db, mailer, SITE, later(DIGEST_EVERY_MS + 5000));
    expect(receivedBy(bounced).map((m) => m.text.includes("Costa Rica"))).toEqual([true]);
    for (const email of emails) expect(receivedBy(email)).toHaveLength(1);
  });

  it("tries an address the mail server defers (450) again later, once, without holding up the others", async () => {
    const emails = [await reader("Eve Deferred", "PAN"), await reader("Fen", "PAN")];
    const [deferred = "", other = ""] = emails;
    refused.set(deferred, 450);
    await publish("PAN");
    for (const tick of [1, 2, 3]) await sendDueDigests(t.db, mailer, SITE, later(tick * 1000));
    expect(receivedBy(other)).toHaveLength(1);
    expect(receivedBy(deferred)).toHaveLength(0);
    refused.delete(deferred);
    await sendDueDigests(t.db, mailer, SITE, later(4000)); // too soon for a retry
    expect(receivedBy(deferred)).toHaveLength(0);
    for (const tick of [1, 2]) await sendDueDigests(t.db, mailer, SITE, later(DIGEST_RETRY_MS + 5000 * tick));
    expect(receivedBy(deferred)).toHaveLength(1);
    expect(receivedBy(other)).toHaveLength(1);
  });

  it("holds no transaction while a mail server takes its time: the database answers meanwhile, and the digest stays due", async () => {
    const email = await reader("Gus", "GTM");
    await publish("GTM");
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket)); // accepts, never says a word
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const slow = mailerFromEnv({ EMAIL_SERVER: `smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}` });
      if (!slow) throw new Error("no mailer");
      const tick = sendDueDigests(t.db, slow, SITE, later(1000)).then(
        () => null,
        (error: unknown) => error,
      );
      await expect.poll(() => sockets.length).toBe(1); // the send is under way
      expect(await probeDatabase(t.db, 1_000, kind)).toBe(true);
      sockets.forEach((socket) => socket.destroy());
      expect(await tick).toBeInstanceOf(Error); // the mail server went away: the tick fails ...
      await sendDueDigests(t.db, mailer, SITE, later(2000)); // ... and the next sends it
      expect(receivedBy(email)).toHaveLength(1);
    } finally {
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
