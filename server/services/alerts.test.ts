import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { alertSettings } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { callerAs, dailyIxpPublisher, makeAccount } from "@/server/api/testing";
import { mailerFromEnv, type Mailer } from "@/server/email/mailer";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { DIGEST_EVERY_MS, saveAlertSettings, sendDueDigests, unsubscribe } from "./alerts";

// Email digests, sent over SMTP to a real SMTP server the test starts.

const SITE = "https://stanceatlas.example";

describe.each(TEST_DRIVERS)("email alerts on %s", (kind) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  let mailer: Mailer;
  let mod: ReturnType<typeof callerAs>;
  const { publish, nextDate } = dailyIxpPublisher(() => mod, "2010-01-01");
  const later = (ms: number) => new Date(Date.now() + ms);

  beforeAll(async () => {
    t = await createTestDatabase(kind, { dataset: false });
    smtp = await startTestSmtpServer();
    const configured = mailerFromEnv({
      EMAIL_SERVER: smtp.url,
      EMAIL_FROM: "Stance Atlas <alerts@stanceatlas.example>",
    });
    if (!configured) throw new Error("no mailer");
    mailer = configured;
    mod = callerAs(t.db, (await makeAccount(t.db, "moderator", "Mo")).id);
  });
  afterAll(async () => {
    await smtp.close();
    await t.destroy();
  });

  it("emails a daily digest of approved changes to what the reader watches, once a day, with a one-click unsubscribe", async () => {
    const account = await makeAccount(t.db, "contributor", "Dana Digest");
    const reader = callerAs(t.db, account.id);
    await reader.watches.set({ kind: "government", target: "HND", watching: true });
    await reader.alerts.save({ dailyDigest: true, proposalsWaiting: true });
    expect(await sendDueDigests(t.db, mailer, SITE)).toBe(0); // nothing yet: no email
    const honduras = await publish("HND");
    await publish("GTM"); // not watched

    expect(await sendDueDigests(t.db, mailer, SITE, later(1000))).toBe(1);
    const mail = smtp.received.find((m) => m.to.includes(account.email));
    expect(mail?.subject).toBe("Stance Atlas: 1 change to what you watch");
    expect(mail?.text).toContain("New position: Honduras on Internet Exchange Points in developing countries");
    expect(mail?.text).toContain(`${SITE}/positions/${honduras.positionId}`);
    expect(mail?.text).not.toContain("Guatemala");
    expect(mail?.text).not.toContain("proposals wait"); // a contributor cannot ask for the moderators' count
    const [settings] = await t.db
      .select({ token: alertSettings.unsubscribeToken })
      .from(alertSettings)
      .where(eq(alertSettings.userId, account.id));
    expect(mail?.header("List-Unsubscribe")).toBe(`<${SITE}/api/alerts/unsubscribe/${settings?.token}>`);
    expect(mail?.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(mail?.text).toContain(`${SITE}/alerts/unsubscribe/${settings?.token}`);

    await publish("HND");
    expect(await sendDueDigests(t.db, mailer, SITE, later(2000))).toBe(0); // one a day
    expect(await sendDueDigests(t.db, mailer, SITE, later(DIGEST_EVERY_MS + 3000))).toBe(1); // the next day, the next change

    await unsubscribe(t.db, settings?.token ?? "");
    await publish("HND");
    expect(await sendDueDigests(t.db, mailer, SITE, later(3 * DIGEST_EVERY_MS))).toBe(0);
    await expect(unsubscribe(t.db, "0".repeat(48))).rejects.toThrow("This unsubscribe link is not valid.");
  });

  it("tells a moderator who opted in how many new proposals wait", async () => {
    const account = await makeAccount(t.db, "moderator", "Moe Notified");
    await callerAs(t.db, account.id).alerts.save({ dailyDigest: false, proposalsWaiting: true });
    const contributor = callerAs(t.db, (await makeAccount(t.db, "contributor")).id);
    await contributor.contributions.propose({
      government: "NIC",
      topic: "ixps",
      stance: "mixed",
      statedOn: nextDate(),
      summary: "Nicaragua on exchange points, to review.",
      sources: ["https://example.org/n"],
    });
    expect(await sendDueDigests(t.db, mailer, SITE, later(1000))).toBeGreaterThanOrEqual(1);
    const mail = smtp.received.find((m) => m.to.includes(account.email));
    expect(mail?.subject).toBe("Stance Atlas: 1 new proposal waiting");
    expect(mail?.text).toContain(`1 new proposal waits for review`);
    expect(mail?.text).toContain(`${SITE}/moderation`);
  });

  it("keeps a digest due when sending fails, and sends it once the server is back", async () => {
    const account = await makeAccount(t.db, "contributor", "Fay Failed");
    const reader = callerAs(t.db, account.id);
    await reader.watches.set({ kind: "government", target: "SLV", watching: true });
    await reader.alerts.save({ dailyDigest: true, proposalsWaiting: false });
    await publish("SLV");
    const down = mailerFromEnv({ EMAIL_SERVER: "smtp://127.0.0.1:9" });
    if (!down) throw new Error("no mailer");
    await expect(sendDueDigests(t.db, down, SITE, later(1000))).rejects.toThrow();
    expect(await sendDueDigests(t.db, mailer, SITE, later(2000))).toBeGreaterThanOrEqual(1);
    expect(smtp.received.some((m) => m.to.includes(account.email))).toBe(true);
  });

  it("writes a digest in the language the reader chose, names, titles and links included; English until they choose", async () => {
    const account = await makeAccount(t.db, "contributor", "Fatima Arabic");
    const reader = callerAs(t.db, account.id);
    expect((await reader.alerts.mine()).settings.locale).toBeNull(); // the form then offers the page's language
    await reader.watches.set({ kind: "government", target: "CRI", watching: true });
    expect(await reader.alerts.save({ dailyDigest: true, proposalsWaiting: false, locale: "ar" })).toEqual({
      dailyDigest: true,
      proposalsWaiting: false,
      locale: "ar",
    });
    const german: unknown = { dailyDigest: true, proposalsWaiting: false, locale: "de" };
    await expect(saveAlertSettings(t.db, { ...account, role: "contributor" }, german)).rejects.toThrow(
      /must be one of: en, ar, zh, fr, ru, es/,
    );
    // Saving without a language keeps the one chosen.
    await reader.alerts.save({ dailyDigest: true, proposalsWaiting: false });
    expect((await reader.alerts.mine()).settings.locale).toBe("ar");

    const costaRica = await publish("CRI");
    expect(await sendDueDigests(t.db, mailer, SITE, later(1000))).toBeGreaterThanOrEqual(1);
    const mail = smtp.received.find((m) => m.to.includes(account.email));
    expect(mail?.subject).toMatch(/^Stance Atlas: /);
    expect(mail?.subject).not.toMatch(/change to what you watch/);
    expect(mail?.text).toContain("كوستاريكا");
    expect(mail?.text).toContain("نقاط تبادل الإنترنت في البلدان النامية"); // the topic's title, as the seed translates it
    expect(mail?.text).toContain(`${SITE}/ar/positions/${costaRica.positionId}`);
    expect(mail?.text).toContain(`${SITE}/ar/me/watchlist`);
  });
});
