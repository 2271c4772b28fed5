import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { NotAllowed } from "@/app/_components/not-allowed";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { ModerationTabs } from "../moderation-tabs";
import { PatrolCard } from "./patrol-card";
import { ClientMessages } from "@/app/_components/client-messages";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/moderation/patrol">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "moderation" });
  return { title: t("patrolTitle") };
}

export default async function PatrolPage({ params }: PageProps<"/[locale]/moderation/patrol">) {
  await pageLocale(params);
  await connection();
  const t = await getTranslations("moderation");
  if (!(await pageActor("moderator", "/moderation/patrol")))
    return <NotAllowed role="moderator" what={t("notAllowed.patrol")} />;
  const queryClient = getQueryClient();
  const [patrol, events] = await Promise.all([
    queryClient.fetchQuery(trpc.moderation.patrolQueue.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  const eventNames = new Map(events.map((e) => [e.slug, e.name]));
  const eventName = (slug: string | null) => (slug ? (eventNames.get(slug) ?? slug) : t("noEvent"));

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("patrol.intro")}</p>
      </header>
      <ModerationTabs current="patrol" />
      <p className="text-sm text-slate-600" aria-live="polite">
        {patrol.total === 0
          ? ""
          : patrol.total === patrol.items.length
            ? t("patrol.countAll", { total: patrol.total })
            : t("patrol.countOldest", { shown: patrol.items.length, total: patrol.total })}
      </p>
      {patrol.items.length === 0 ? (
        <EmptyState>{t("patrol.empty")}</EmptyState>
      ) : (
        <ClientMessages namespaces={["moderation", "forms", "common"]}>
          <div className="space-y-4">
            {patrol.items.map((item) => (
              <PatrolCard key={item.revisionId} item={item} eventName={eventName} />
            ))}
          </div>
        </ClientMessages>
      )}
    </div>
  );
}
