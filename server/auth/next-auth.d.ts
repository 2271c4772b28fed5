import "next-auth";

declare module "next-auth" {
  interface Session {
    /** signedInAt: when this session signed in (ms since the epoch), for actions that need a recent sign-in. */
    user: { id: string; name?: string | null; email?: string | null; role: string; signedInAt: number };
    /** This session's row (server/services/auth-sessions.ts): a change to the account's security keeps it and ends the others. */
    sessionId: string;
  }
}
