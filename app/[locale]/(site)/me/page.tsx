import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentSession } from "@/server/auth/session";
import { ClientMessages } from "@/app/_components/client-messages";
import { PageSection } from "@/app/_components/page-section";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { signOutAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";
import { ContributionList } from "./contribution-list";
import { FlagList } from "./flag-list";
import { TwoFactorPanel } from "./two-factor/two-factor-panel";
import { db } from "@/db/server-db";
import { secondFactorStatus } from "@/server/services/second-factor";
import { pageLocale } from "@/server/i18n/page-locale";
import { localizeHref } from "@/server/i18n/locales";
import { withNameIn } from "@/server/i18n/government-names";

export async function generateMetadata({ params }: PageProps<"/[locale]/me">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "me" });
  return { title: t("title") };
}

export default async function MePage({ params, searchParams }: PageProps<"/[locale]/me">) {
  const locale = await pageLocale(params);
  await connection();
  const session = await currentSession();
  if (!session?.user) redirect(localizeHref(locale, `/sign-in?callbackUrl=${localizeHref(locale, "/me")}`));
  const { password, "two-factor": twoFactor } = await searchParams;
  const queryClient = getQueryClient();
  const [contributions, flags, factor, t] = await Promise.all([
    queryClient.fetchQuery(trpc.contributions.mine.queryOptions()),
    queryClient.fetchQuery(trpc.flags.mine.queryOptions()),
    secondFactorStatus(db(), session.user.id),
    getTranslations("me"),
  ]);
  const staff = session.user.role !== "contributor";
  return (
    <ClientMessages namespaces={["me", "forms", "common"]}>
      <div className="max-w-3xl space-y-8">
        <header className="flex flex-wrap items-end justify-between gap-4">
          <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
          <div className="flex flex-wrap gap-2">
            <Link href="/me/watchlist" className="btn-secondary">
              {t("yourWatchlist")}
            </Link>
            <Link href="/contribute" className="btn-primary">
              {t("contribute")}
            </Link>
          </div>
        </header>
        {password === "changed" && (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
            {t("passwordChanged")}
          </p>
        )}
        {twoFactor === "off" && (
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
            {t("twoFactorOff")}
          </p>
        )}
        {staff && !factor.enabled && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
            {t.rich("staffNeedsTwoFactor", {
              role: session.user.role,
              link: (chunks) => (
                <a href="#two-factor" className="underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <dt className="font-medium text-slate-600">{t("displayName")}</dt>
          <dd>{session.user.name}</dd>
          <dt className="font-medium text-slate-600">{t("email")}</dt>
          <dd>{session.user.email}</dd>
          <dt className="font-medium text-slate-600">{t("role")}</dt>
          <dd className="capitalize">{t("roleName", { role: session.user.role })}</dd>
        </dl>
        <PageSection id="contributions" title={t("contributions.title")}>
          <p className="text-slate-700">{t("contributions.intro")}</p>
          <ContributionList
            contributions={contributions.map((c) => ({ ...c, government: withNameIn(locale, c.government) }))}
          />
        </PageSection>
        {flags.length > 0 && (
          <PageSection id="flags" title={t("flags.title")}>
            <p className="text-slate-700">{t("flags.intro")}</p>
            <FlagList flags={flags} />
          </PageSection>
        )}
        <PageSection id="two-factor" title={t("twoFactor.title")}>
          <TwoFactorPanel enabled={factor.enabled} recoveryCodesLeft={factor.recoveryCodesLeft} mayTurnOff={!staff} />
        </PageSection>
        <PageSection id="password" title={t("password.title")}>
          <div className="max-w-md">
            <ChangePasswordForm />
          </div>
        </PageSection>
        <form action={signOutAction} className="space-y-2">
          <button type="submit" className="btn-secondary">
            {t("signOut")}
          </button>
          <p className="text-sm text-slate-600">{t("signOutNote")}</p>
        </form>
      </div>
    </ClientMessages>
  );
}
