import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { ChangeList } from "@/app/_components/change-list";
import { localize } from "@/server/i18n/localize";
import { ClientMessages } from "@/app/_components/client-messages";
import { EmptyState } from "@/app/_components/empty-state";
import { PageSection } from "@/app/_components/page-section";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { withNameIn } from "@/server/i18n/government-names";
import { localizeHref } from "@/server/i18n/locales";
import { AlertSettingsForm } from "./alert-settings-form";
import { FeedControls } from "./feed-controls";
import { UnwatchButton } from "./unwatch-button";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/me/watchlist">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "me.watchlist" });
  return { title: t("title") };
}

/** `/me/watchlist`: what the reader watches, the approved changes to it, and their private feed. */
export default async function WatchlistPage({ params }: PageProps<"/[locale]/me/watchlist">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("me.watchlist");
  if (!(await pageActor("contributor", localizeHref(locale, "/me/watchlist")))) return <p>{t("cannot")}</p>;
  const queryClient = getQueryClient();
  const [{ items: watched, changes, feed }, alerts] = await Promise.all([
    queryClient.fetchQuery(trpc.watches.mine.queryOptions()),
    queryClient.fetchQuery(trpc.alerts.mine.queryOptions()),
  ]);
  // A government is named in the page's language; a topic's title and a position's name are stored in English.
  const items = watched.map((item) =>
    item.kind === "government"
      ? { ...item, name: withNameIn(locale, { iso3: item.target, name: item.name }).name }
      : item,
  );
  const link = (href: string, chunks: React.ReactNode) => (
    <Link href={href} className="underline">
      {chunks}
    </Link>
  );
  return (
    <ClientMessages namespaces={["me", "copy", "common", "forms"]}>
      <div className="max-w-4xl space-y-8">
        <PageTitle parent={{ href: "/me", label: t("account") }} current={t("breadcrumb")} title={t("title")} />
        <p className="text-slate-700">{t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <PageSection id="watching" title={t("watching")}>
          {items.length === 0 ? (
            <EmptyState>
              {t.rich("empty", {
                governments: (chunks) => link("/governments", chunks),
                topics: (chunks) => link("/topics", chunks),
              })}
            </EmptyState>
          ) : (
            <ul
              className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
              aria-label={t("label")}
            >
              {items.map((item) => (
                <li
                  key={`${item.kind}:${item.target}`}
                  className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm"
                >
                  <span>
                    <span className="me-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold">
                      {t("kind", { kind: item.kind })}
                    </span>
                    <Link
                      className="font-medium underline"
                      href={item.href}
                      {...(item.kind === "government" ? {} : storedTextIn(locale))}
                    >
                      {item.name}
                    </Link>
                    <span className="ms-2 text-slate-600">
                      {t("since", { date: formatDay(locale, item.since.slice(0, 10)) })}
                    </span>
                  </span>
                  <UnwatchButton kind={item.kind} target={item.target} name={item.name} />
                </li>
              ))}
            </ul>
          )}
        </PageSection>
        <PageSection id="changes" title={t("changes")}>
          {changes.length === 0 ? (
            <EmptyState>{t("noChanges")}</EmptyState>
          ) : (
            <ChangeList changes={localize(locale, changes)} />
          )}
        </PageSection>
        <PageSection id="feed" title={t("feed")}>
          <p className="text-sm text-slate-700">{t("feedIntro")}</p>
          <FeedControls on={feed} />
        </PageSection>
        <PageSection id="email" title={t("email")}>
          {alerts.available ? (
            <AlertSettingsForm settings={alerts.settings} moderator={alerts.moderator} />
          ) : (
            <p className="text-sm text-slate-700">{t("noEmail")}</p>
          )}
        </PageSection>
      </div>
    </ClientMessages>
  );
}
