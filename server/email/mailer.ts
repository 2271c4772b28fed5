import "server-only";
import nodemailer from "nodemailer";

// Outgoing email, only when EMAIL_SERVER (an SMTP URL) is set: sign-in links use it through
// Auth.js; alerts through this. EMAIL_FROM names the sender.

export type Email = { to: string; subject: string; text: string; headers?: Record<string, string> };
export type Mailer = { send: (email: Email) => Promise<void> };

type MailEnv = { EMAIL_SERVER?: string; EMAIL_FROM?: string; [name: string]: string | undefined };

export const emailConfigured = (env: MailEnv = process.env) => Boolean(env.EMAIL_SERVER);

export function mailerFromEnv(env: MailEnv = process.env): Mailer | null {
  if (!env.EMAIL_SERVER) return null;
  const transport = nodemailer.createTransport(env.EMAIL_SERVER);
  const from = env.EMAIL_FROM ?? "Stance Atlas <no-reply@localhost>";
  return {
    send: async ({ to, subject, text, headers }) => {
      await transport.sendMail({ from, to, subject, text, headers });
    },
  };
}
