import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db/server-db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { checkCredentials, mayStartSession } from "./credentials";
import { refreshSessionToken } from "./session-token";
import { optionalProviders } from "./providers";
import { endAllSessions } from "@/server/services/account";
import { claimByEmailLink } from "@/server/services/email-link-sign-in";
import { clientAddress } from "./client-address";
import { isExpectedSignInError } from "./sign-in-errors";
import { answerChallenge } from "./sign-in-challenge";
import { safeRedirectUrl } from "./safe-redirect";
import { log } from "@/server/log";

// Auth.js v5. Sessions are JWTs (no session table lookups), but every request re-reads
// the account: a ban, a role change, a password change or "sign out everywhere" (which
// bump session_version) take effect at once, even in a session that is already open.

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(db(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
  trustHost: true,
  // A wrong password is an everyday event, not a server error: no stack trace in the log for it.
  logger: { error: (error) => (isExpectedSignInError(error) ? undefined : log.error({ err: error }, "auth error")) },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email" },
        password: { label: "Password", type: "password" },
        challenge: {},
        code: { label: "Authentication code" },
      },
      // Either a sign-in form's second step (a challenge and, for accounts with a second factor, its code),
      // or email and password alone for an account without a second factor.
      authorize: async (input, request) => {
        const address = clientAddress(request.headers);
        if (typeof input.challenge === "string")
          return answerChallenge(db(), input.challenge, String(input.code ?? ""), address);
        const user = await checkCredentials(db(), input, address);
        return user && { id: user.id, name: user.name, email: user.email };
      },
    }),
    ...optionalProviders(),
  ],
  events: {
    // Signing out, by any path (the /me button or POST /api/auth/signout), ends every session of the
    // account: clearing this browser's cookie alone would leave a copied token working until it expires.
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (!userId) return;
      await endAllSessions(db(), userId);
      log.info({ event: "sign_in", outcome: "sign-out", userId }, "sign-in sign-out");
    },
    // Password sign-ins are logged where the password and code are checked (they know the address).
    async signIn({ user, account }) {
      if (account?.provider !== "credentials")
        log.info(
          { event: "sign_in", outcome: "success", userId: user.id, method: account?.provider },
          "sign-in success",
        );
    },
  },
  callbacks: {
    // Every method: a banned or system account cannot start a session, and an account with a second
    // factor signs in only with its password and code (GitHub, Google and email links cannot ask for one).
    async signIn({ user, account, email }) {
      // Asking for a link: the answer is "check your email" for every address; sendSignInLink decides what is sent.
      if (email?.verificationRequest) return true;
      if (!user.id) return true;
      // Using a link proves the address: an account registered to it without that proof becomes the owner's.
      if (account?.provider === "nodemailer" && (await claimByEmailLink(db(), user.id)))
        log.warn({ event: "sign_in", outcome: "claimed", userId: user.id }, "sign-in link claimed an unproven account");
      return (await mayStartSession(db(), user.id, account?.provider)) !== null;
    },
    redirect: ({ url, baseUrl }) => safeRedirectUrl(url, baseUrl),
    jwt: ({ token, user }) => refreshSessionToken(db(), token, user?.id),
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = typeof token.role === "string" ? token.role : "contributor";
      session.user.signedInAt = typeof token.authAt === "number" ? token.authAt : 0;
      session.sessionId = typeof token.sid === "string" ? token.sid : "";
      return session;
    },
  },
}));
