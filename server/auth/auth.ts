import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db/server-db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { checkCredentials, liveSessionUser, mayStartSession } from "./credentials";
import { optionalProviders } from "./providers";
import { endAllSessions } from "@/server/services/account";
import { clientAddress } from "./client-address";

// Auth.js v5. Sessions are JWTs (no session table lookups), but every request re-reads
// the account: a ban, a role change, a password change or "sign out everywhere" (which
// bump session_version) take effect at once, even in a session that is already open.

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(db(), { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
  trustHost: true,
  // A wrong password is an everyday event, not a server error: no stack trace in the log for it.
  logger: { error: (error) => (error.name === "CredentialsSignin" ? undefined : console.error(error)) },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: async (input, request) => {
        const user = await checkCredentials(db(), input, clientAddress(request.headers));
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
      if (userId) await endAllSessions(db(), userId);
    },
  },
  callbacks: {
    // Every method (password, GitHub, Google, email link): a banned or system account cannot start a session.
    async signIn({ user }) {
      return !user.id || (await mayStartSession(db(), user.id)) !== null;
    },
    async jwt({ token, user }) {
      if (user?.id) token.sv = (await mayStartSession(db(), user.id)) ?? undefined;
      if (!token.sub || typeof token.sv !== "number") return null;
      const live = await liveSessionUser(db(), token.sub, token.sv);
      if (!live) return null; // banned, deleted, or signed out everywhere: the cookie is cleared
      token.name = live.name;
      token.role = live.role;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      session.user.role = typeof token.role === "string" ? token.role : "contributor";
      return session;
    },
  },
}));
