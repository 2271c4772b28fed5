import "server-only";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import Nodemailer from "next-auth/providers/nodemailer";
import { db } from "@/db/server-db";
import { DEFAULT_EMAIL_FROM, type Env, readEnv } from "@/server/env";
import { sendSignInLink } from "./email-link";

// Sign-in methods beyond email and password, each switched on by its variables (see
// .env.example). Without them they do not exist: no button, no route. GitHub and Google never join
// an existing account by its email (Auth.js's allowDangerousEmailAccountLinking stays off): an
// email the provider reports is not proof of the address. The variables are read at each call, as
// Auth.js builds its configuration per request.

type ProviderEnv = Partial<
  Pick<
    Env,
    "AUTH_GITHUB_ID" | "AUTH_GITHUB_SECRET" | "AUTH_GOOGLE_ID" | "AUTH_GOOGLE_SECRET" | "EMAIL_SERVER" | "EMAIL_FROM"
  >
>;

export type SignInMethods = { github: boolean; google: boolean; email: boolean };

export function signInMethods(env: ProviderEnv = readEnv()): SignInMethods {
  return {
    github: Boolean(env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET),
    google: Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET),
    email: Boolean(env.EMAIL_SERVER),
  };
}

/** The optional providers that are configured. Auth.js reads AUTH_GITHUB_* and AUTH_GOOGLE_* itself. */
export function optionalProviders(env: ProviderEnv = readEnv()): Provider[] {
  const on = signInMethods(env);
  return [
    ...(on.github ? [GitHub] : []),
    ...(on.google ? [Google] : []),
    ...(on.email
      ? [
          Nodemailer({
            server: env.EMAIL_SERVER,
            from: env.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
            sendVerificationRequest: (request) => sendSignInLink(db(), request),
          }),
        ]
      : []),
  ];
}
