import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "./route";
import { auditLog, authSessions, totpFactors, users } from "@/db/schema";
import { createTestDatabase, type TestDatabase, TEST_DRIVERS } from "@/server/testing/database";
import { startTestSmtpServer } from "@/server/email/test-smtp-server";
import { startSession } from "@/server/services/auth-sessions";
import { registerContributor } from "@/server/services/sign-up";
import { createUser } from "@/server/services/users";
import { RATE_LIMITS } from "@/server/services/rate-limits";
import { checkPassword } from "@/server/auth/credentials";

// Auth.js's own routes, called as the server calls them, against a real database and a real SMTP server.

const ORIGIN = "http://localhost:3000";
const PASSWORD = "quiet lantern orchard meadow";
let nextAddress = 1;
const freshAddress = () => `198.51.100.${nextAddress++}`;

function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("expected a value");
  return value;
}

const linkIn = (text = "") => present(text.match(/https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/)?.[0]);

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function askForLink(email: string, address = freshAddress()) {
  const csrf = await GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await POST(
    new NextRequest(`${ORIGIN}/api/auth/signin/nodemailer`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: cookiesOf(csrf),
        "x-forwarded-for": address,
      },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: "/me" }),
    }),
  );
  return { status: response.status, location: response.headers.get("location") };
}

describe.each(TEST_DRIVERS)("Auth.js's routes on %s", (kind) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startTestSmtpServer>>;
  const env = { AUTH_SECRET: process.env.AUTH_SECRET, EMAIL_SERVER: process.env.EMAIL_SERVER };
  const mailTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email));

  beforeAll(async () => {
    t = await createTestDatabase(kind, { seed: false });
    smtp = await startTestSmtpServer();
    globalThis.stanceAtlasDb = t;
    process.env.AUTH_SECRET = "a test secret that is long enough for Auth.js";
    process.env.EMAIL_SERVER = smtp.url;
  });
  afterAll(async () => {
    globalThis.stanceAtlasDb = undefined;
    Object.assign(process.env, env);
    for (const [name, value] of Object.entries(env)) if (value === undefined) delete process.env[name];
    await smtp.close();
    await t.destroy();
  });

  it.each([
    ["/api/auth/signin?callbackUrl=javascript:alert(1)", ""],
    ["/api/auth/signin?callbackUrl=http://[broken", ""],
    ["/api/auth/providers?callbackUrl=%20", ""],
    ["/api/auth/session", "authjs.callback-url=javascript:alert(1)"],
    ["/api/auth/csrf", "authjs.callback-url=not%20a%20url"],
    ["/api/auth/signin", "__Secure-authjs.callback-url=http://[broken"],
  ])("answers %s (cookie %s) without a server error", async (path, cookie) => {
    const response = await GET(new NextRequest(`${ORIGIN}${path}`, { headers: cookie ? { cookie } : {} }));
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get("location") ?? "").not.toContain("error=Configuration");
  });

  it("sends a sign-in link back only to this site, whatever callback URL the request carried", async () => {
    const response = await GET(
      new NextRequest(`${ORIGIN}/api/auth/signin?callbackUrl=${encodeURIComponent("/.//evil.example/x")}`),
    );
    expect(response.status).toBeLessThan(400);
    const location = new URL(response.headers.get("location") ?? "", ORIGIN);
    expect(location.origin).toBe(ORIGIN);
    expect(location.searchParams.get("callbackUrl")).toBe(`${ORIGIN}/me`);
  });

  it("sends at most the limit of sign-in links to one address through Auth.js's own POST /api/auth/signin/nodemailer, answering every request alike", async () => {
    const email = `limit-${kind}@example.org`;
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push(await askForLink(email));
    expect(mailTo(email)).toHaveLength(RATE_LIMITS.emailLinksPerEmail.points);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]?.status).toBeLessThan(400);
  });

  it("answers a request for a link alike for an account with a second factor, a banned one, an unknown one and an ordinary one, and sends a link only where it can sign in", async () => {
    const make = (name: string, role: "contributor" | "moderator" = "contributor") =>
      createUser(t.db, { email: `${name}-${kind}@example.org`, password: PASSWORD, role });
    const [ordinary, staff, banned] = await Promise.all([make("ordinary"), make("staff", "moderator"), make("banned")]);
    await t.db.insert(totpFactors).values({ userId: staff.id, secret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() });
    await t.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, banned.id));
    const nobody = `nobody-${kind}@example.org`;
    const answers = await Promise.all(
      [ordinary.email, staff.email, banned.email, nobody].map((email) => askForLink(email)),
    );
    expect(answers[0]?.status).toBeLessThan(400);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(linkIn(mailTo(ordinary.email)[0]?.text)).toContain(`email=${encodeURIComponent(ordinary.email)}`);
    expect(linkIn(mailTo(nobody)[0]?.text)).toContain("/api/auth/callback/nodemailer?");
    expect(mailTo(staff.email)).toHaveLength(1);
    expect(mailTo(staff.email)[0]?.text).not.toContain("/api/auth/callback");
    expect(mailTo(staff.email)[0]?.text).toContain("password and authentication code");
    expect(mailTo(banned.email)).toHaveLength(0);
  });

  it("hands an account registered to an address without proving it to whoever signs in with a link to that address: the squatter's password, second factor and sessions end", async () => {
    const email = `victim-${kind}@example.org`;
    await registerContributor(t.db, { name: "Squatter", email, password: PASSWORD }, "203.0.113.66");
    const squatted = present((await t.db.select().from(users).where(eq(users.email, email)))[0]);
    await t.db.insert(totpFactors).values({ userId: squatted.id, secret: "JBSWY3DPEHPK3PXP", enabledAt: new Date() });
    const squatterSession = await startSession(t.db, squatted.id);

    await askForLink(email);
    const response = await GET(new NextRequest(linkIn(mailTo(email)[0]?.text)));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${ORIGIN}/me`);
    expect(cookiesOf(response)).toContain("authjs.session-token=");

    const owned = present((await t.db.select().from(users).where(eq(users.id, squatted.id)))[0]);
    expect(owned.passwordHash).toBeNull();
    expect(owned.emailVerified).not.toBeNull();
    expect(owned.sessionVersion).toBe(squatted.sessionVersion + 1);
    expect(await t.db.select().from(totpFactors).where(eq(totpFactors.userId, squatted.id))).toHaveLength(0);
    expect(
      (await t.db.select().from(authSessions).where(eq(authSessions.userId, squatted.id))).map((s) => s.id),
    ).not.toContain(squatterSession);
    expect(await checkPassword(t.db, { email, password: PASSWORD }, "203.0.113.66")).toBeNull();
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, squatted.id));
    expect(audit.map((entry) => entry.action)).toContain("user.email_claim");
  });

  it("leaves a staff account's password alone when it signs in with a link", async () => {
    const staff = await createUser(t.db, {
      email: `editor-${kind}@example.org`,
      password: PASSWORD,
      role: "moderator",
    });
    await askForLink(staff.email);
    expect((await GET(new NextRequest(linkIn(mailTo(staff.email)[0]?.text)))).status).toBe(302);
    const after = present((await t.db.select().from(users).where(eq(users.id, staff.id)))[0]);
    expect(after.passwordHash).not.toBeNull();
    expect(after.emailVerified).not.toBeNull();
  });
});
