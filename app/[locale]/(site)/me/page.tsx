import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { currentSession } from "@/server/auth/session";
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

export const metadata: Metadata = { title: "Your account" };

export default async function MePage({ params, searchParams }: PageProps<"/[locale]/me">) {
  await pageLocale(params);
  await connection();
  const session = await currentSession();
  if (!session?.user) redirect("/sign-in?callbackUrl=/me");
  const { password, "two-factor": twoFactor } = await searchParams;
  const queryClient = getQueryClient();
  const [contributions, flags, factor] = await Promise.all([
    queryClient.fetchQuery(trpc.contributions.mine.queryOptions()),
    queryClient.fetchQuery(trpc.flags.mine.queryOptions()),
    secondFactorStatus(db(), session.user.id),
  ]);
  const staff = session.user.role !== "contributor";
  return (
    <div className="max-w-3xl space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/me/watchlist" className="btn-secondary">
            Your watchlist
          </Link>
          <Link href="/contribute" className="btn-primary">
            Contribute a position
          </Link>
        </div>
      </header>
      {password === "changed" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          Your password was changed. Your other sessions have been signed out.
        </p>
      )}
      {twoFactor === "off" && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-3">
          Two-factor authentication is off. Your other sessions have been signed out.
        </p>
      )}
      {staff && !factor.enabled && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          As a {session.user.role}, you must turn on{" "}
          <a href="#two-factor" className="underline">
            two-factor authentication
          </a>{" "}
          before you can moderate or administer. Until then your account acts as a contributor&apos;s.
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="font-medium text-slate-600">Display name</dt>
        <dd>{session.user.name}</dd>
        <dt className="font-medium text-slate-600">Email</dt>
        <dd>{session.user.email}</dd>
        <dt className="font-medium text-slate-600">Role</dt>
        <dd className="capitalize">{session.user.role}</dd>
      </dl>
      <PageSection id="contributions" title="Your contributions">
        <p className="text-slate-700">
          Everything you proposed, and where it stands. Pending proposals can be withdrawn.
        </p>
        <ContributionList contributions={contributions} />
      </PageSection>
      {flags.length > 0 && (
        <PageSection id="flags" title="Your flags">
          <p className="text-slate-700">Positions you flagged as possibly wrong, and how moderators resolved each.</p>
          <FlagList flags={flags} />
        </PageSection>
      )}
      <PageSection id="two-factor" title="Two-factor authentication">
        <TwoFactorPanel enabled={factor.enabled} recoveryCodesLeft={factor.recoveryCodesLeft} mayTurnOff={!staff} />
      </PageSection>
      <PageSection id="password" title="Change password">
        <div className="max-w-md">
          <ChangePasswordForm />
        </div>
      </PageSection>
      <form action={signOutAction} className="space-y-2">
        <button type="submit" className="btn-secondary">
          Sign out
        </button>
        <p className="text-sm text-slate-600">Signs you out on this device and every other one.</p>
      </form>
    </div>
  );
}
