import "server-only";
import { type NodemailerConfig } from "next-auth/providers/nodemailer";
import { createTransport } from "nodemailer";
import { type Database } from "@/db/client";
import { log } from "@/server/log";
import { emailLinkStanding } from "@/server/services/email-link-sign-in";
import {
  consumeAddressRateLimit,
  consumeRateLimit,
  RATE_LIMITS,
  RateLimitedError,
} from "@/server/services/rate-limits";
import { clientAddress } from "./client-address";
import { type Locale, splitLocale } from "@/server/i18n/locales";
import { translationIn } from "@/server/i18n/translation";

// The email-link provider's `sendVerificationRequest`: every way of asking for a link (the sign-in
// page, or Auth.js's own POST /api/auth/signin/nodemailer) comes through here, so the limits live
// here. Whatever happens (a limit reached, an account that may not sign in by link, a mail server
// that refuses), Auth.js answers the same "check your email": the answer never says which.

/** What Auth.js passes to `sendVerificationRequest`, as far as this reads it. */
export type LinkRequest = {
  identifier: string;
  url: string;
  request: Request;
  provider: Pick<NodemailerConfig, "server" | "from">;
};

/** The language of the page the link was asked for on: the one its sign-in returns to (`callbackUrl=…/ar/me`). */
export function linkLanguage(url: string): Locale {
  const callback = new URL(url).searchParams.get("callbackUrl") ?? "";
  return splitLocale(URL.canParse(callback, url) ? new URL(callback, url).pathname : "/").locale;
}

async function mailFor(standing: "link" | "password-and-code", url: string) {
  const host = new URL(url).host;
  const { t } = await translationIn(linkLanguage(url));
  if (standing === "password-and-code")
    return { subject: t("emails.codeOnlySubject", { host }), text: t("emails.codeOnlyText", { host }) };
  return { subject: t("emails.signInSubject", { host }), text: t("emails.signInText", { host, url }) };
}

export async function sendSignInLink(db: Database, { identifier, url, provider, request }: LinkRequest): Promise<void> {
  try {
    await consumeAddressRateLimit(db, RATE_LIMITS.emailLinksPerIp, clientAddress(request.headers));
    await consumeRateLimit(db, RATE_LIMITS.emailLinksPerEmail, identifier);
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    log.warn(
      { event: "sign_in", outcome: "refused", method: "nodemailer", reason: error.rule.description },
      "sign-in link not sent",
    );
    return;
  }
  const standing = await emailLinkStanding(db, identifier);
  if (standing === "none") return;
  try {
    await createTransport(provider.server).sendMail({
      to: identifier,
      from: provider.from,
      ...(await mailFor(standing, url)),
    });
  } catch (error) {
    log.error({ err: error, event: "sign_in", method: "nodemailer" }, "sign-in link could not be sent");
  }
}
