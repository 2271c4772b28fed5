import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ClientMessages } from "@/app/_components/client-messages";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { withNameIn } from "@/server/i18n/government-names";
import { StanceBadge } from "../../matrix/stance-badge";
import { ModerationTabs } from "../moderation-tabs";
import { ResolveFlag } from "./resolve-flag";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/moderation/flags">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation" });
  return { title: t("flagsTitle") };
}

export default async function FlagsPage({ params }: PageProps<"/[locale]/moderation/flags">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("moderation");
  if (!(await pageActor("moderator", "/moderation/flags")))
    return <NotAllowed role="moderator" what={t("notAllowed.flags")} />;
  const { items, total } = await getQueryClient().fetchQuery(trpc.flags.queue.queryOptions());
  const stored = storedTextIn(locale);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("flags.intro")}</p>
      </header>
      <ModerationTabs current="flags" />
      <p className="text-sm text-slate-600" aria-live="polite">
        {total === 0
          ? ""
          : total === items.length
            ? t("flags.countAll", { total })
            : t("flags.countOldest", { shown: items.length, total })}
      </p>
      {items.length === 0 ? (
        <EmptyState>{t("flags.empty")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["moderation", "forms", "common"]}>
          <div className="space-y-4">
            {items.map((flag) => {
              const { position } = flag;
              const government = withNameIn(locale, { iso3: position.iso3, name: position.government }).name;
              const what = t.markup("flags.what", { government, topic: () => position.topicTitle });
              return (
                <article
                  key={flag.id}
                  aria-labelledby={`flag-${flag.id}`}
                  className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
                >
                  <header className="flex flex-wrap items-center justify-between gap-2">
                    <h2 id={`flag-${flag.id}`} className="flex flex-wrap items-center gap-2 font-semibold">
                      <span>
                        {t.rich("positionHeading", {
                          government,
                          topic: () => <span {...stored}>{position.topicTitle}</span>,
                          date: formatDay(locale, position.statedOn),
                        })}
                      </span>{" "}
                      {position.stance && <StanceBadge stance={position.stance} />}
                    </h2>
                    <span className="text-sm text-slate-600">
                      {t.rich("flags.flaggedBy", {
                        by: flag.by,
                        more: flag.alsoFlagged,
                        time: () => (
                          <time dateTime={flag.createdAt}>{formatDay(locale, flag.createdAt.slice(0, 10))}</time>
                        ),
                      })}
                    </span>
                  </header>
                  <blockquote
                    className="border-s-4 border-slate-300 ps-3 whitespace-pre-line text-slate-800"
                    {...stored}
                  >
                    {flag.reason}
                  </blockquote>
                  {position.contestedNote && <ContestedNotice note={position.contestedNote} />}
                  <p className="flex flex-wrap gap-4 text-sm">
                    <Link className="underline" href={`/positions/${position.id}`}>
                      {t("flags.positionLink")}
                    </Link>
                    <Link className="underline" href={`/contribute?position=${position.id}`}>
                      {t("flags.editLink")}
                    </Link>
                  </p>
                  <ResolveFlag flagId={flag.id} what={what} />
                </article>
              );
            })}
          </div>
        </ClientMessages>
      )}
    </div>
  );
}
