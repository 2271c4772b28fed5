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

function mailFor(standing: "link" | "password-and-code", url: string) {
  const host = new URL(url).host;
  if (standing === "password-and-code")
    return {
      subject: `Signing in to ${host}`,
      text: `Someone asked for a sign-in link for this address on ${host}.\n\nThis account has two-factor authentication, so it signs in only with its password and authentication code: links are not sent to it.\n\nIf you did not ask, you can ignore this email.\n`,
    };
  return {
    subject: `Sign in to ${host}`,
    text: `Sign in to ${host} with this link:\n\n${url}\n\nIt works once and expires within a day. If you did not ask for it, ignore this email.\n`,
  };
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
    await createTransport(provider.server).sendMail({ to: identifier, from: provider.from, ...mailFor(standing, url) });
  } catch (error) {
    log.error({ err: error, event: "sign_in", method: "nodemailer" }, "sign-in link could not be sent");
  }
}
