import Link from "@/app/_components/link";
import { type Role } from "@/db/enums";
import { hasRole } from "@/server/auth/access";
import { currentSession } from "@/server/auth/session";
import { roleSchema } from "@/server/schemas/users";

/**
 * What a signed-in account without the needed role sees instead of a restricted page; a moderator
 * or admin without a second factor is told to turn one on.
 */
export async function NotAllowed({ role, what }: { role: Role; what: string }) {
  const session = await currentSession();
  const sessionRole = roleSchema.safeParse(session?.user.role);
  const needsSecondFactor = sessionRole.success && hasRole(sessionRole.data, role);
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold tracking-tight">
        {needsSecondFactor ? "Turn on two-factor authentication first" : "Not available to your account"}
      </h1>
      <p className="text-slate-700">
        {needsSecondFactor
          ? `Moderators and admins must sign in with a second factor. Set up an authenticator app on your account page, then you can ${what}.`
          : `Only a ${role} can ${what}. If you think you should have access, ask an admin.`}
      </p>
      <Link className="underline" href={needsSecondFactor ? "/me#two-factor" : "/me"}>
        {needsSecondFactor ? "Set up two-factor authentication" : "Back to your account"}
      </Link>
    </div>
  );
}
