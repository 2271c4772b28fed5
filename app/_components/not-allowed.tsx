import { getTranslations } from "next-intl/server";
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
  const t = await getTranslations("common.notAllowed");
  return (
    <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold tracking-tight">{needsSecondFactor ? t("secondFactorTitle") : t("title")}</h1>
      <p className="text-slate-700">
        {needsSecondFactor ? t("secondFactor", { what }) : t("onlyRole", { role, what })}
      </p>
      <Link className="underline" href={needsSecondFactor ? "/me#two-factor" : "/me"}>
        {needsSecondFactor ? t("setUp") : t("back")}
      </Link>
    </div>
  );
}
