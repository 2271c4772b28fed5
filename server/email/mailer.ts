import "server-only";
import nodemailer from "nodemailer";
import { DEFAULT_EMAIL_FROM, type Env, readEnv } from "@/server/env";

// Outgoing email, only when EMAIL_SERVER (an SMTP URL) is set: sign-in links use it through
// Auth.js; alerts through this. EMAIL_FROM names the sender. Tests hand in their own server.

export type Email = { to: string; subject: string; text: string; headers?: Record<string, string> };
export type Mailer = { send: (email: Email) => Promise<void> };

type MailEnv = Partial<Pick<Env, "EMAIL_SERVER" | "EMAIL_FROM">>;

export const emailConfigured = (env: MailEnv = readEnv()) => Boolean(env.EMAIL_SERVER);

/**
 * The mail server answered, and refused this recipient or this message: `permanent` for a 5xx (no
 * such mailbox: do not try again today), else a 4xx (try again later). Any other failure (the server
 * cannot be reached, or refuses every message) is thrown as it is.
 */
export class RecipientRefusedError extends Error {
  override name = "RecipientRefusedError";
  constructor(
    readonly permanent: boolean,
    cause: unknown,
  ) {
    super(`The mail server refused the recipient${permanent ? "" : " for now"}`, { cause });
  }
}

type SmtpError = Error & { code?: string; command?: string; responseCode?: number };

function refusal(error: unknown): RecipientRefusedError | null {
  const { code, command, responseCode } = error as SmtpError;
  if (typeof responseCode !== "number") return null;
  const ofRecipient = (code === "EENVELOPE" && command === "RCPT TO") || (code === "EMESSAGE" && command === "DATA");
  return ofRecipient ? new RecipientRefusedError(responseCode >= 500, error) : null;
}

export function mailerFromEnv(env: MailEnv = readEnv()): Mailer | null {
  if (!env.EMAIL_SERVER) return null;
  // A mail server that accepts the connection and then never answers must not hold a send for an hour (nodemailer's default).
  const transport = nodemailer.createTransport({
    url: env.EMAIL_SERVER,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const from = env.EMAIL_FROM ?? DEFAULT_EMAIL_FROM;
  return {
    send: async ({ to, subject, text, headers }) => {
      try {
        await transport.sendMail({ from, to, subject, text, headers });
      } catch (error) {
        throw refusal(error) ?? error;
      }
    },
  };
}
