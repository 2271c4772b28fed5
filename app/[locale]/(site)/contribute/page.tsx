import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { currentSession } from "@/server/auth/session";
import { positionIdSchema } from "@/server/schemas/positions";
import { todayUtc } from "@/server/shared/dates";
import { ClientMessages } from "@/app/_components/client-messages";
import { searchParam } from "@/app/_components/search-param";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { ProposalForm } from "./proposal-form";
import { pageLocale } from "@/server/i18n/page-locale";
import { localizeHref } from "@/server/i18n/locales";
import { inLocale, withNameIn } from "@/server/i18n/government-names";

export async function generateMetadata({ params }: PageProps<"/[locale]/contribute">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "contribute" });
  return { title: t("title"), description: t("description") };
}

export default async function ContributePage({ params: route, searchParams }: PageProps<"/[locale]/contribute">) {
  const locale = await pageLocale(route);
  await connection();
  const params = await searchParams;
  const positionParam = searchParam(params.position);
  const session = await currentSession();
  if (!session?.user) {
    const here = positionParam ? `/contribute?position=${encodeURIComponent(positionParam)}` : "/contribute";
    redirect(localizeHref(locale, `/sign-in?callbackUrl=${encodeURIComponent(localizeHref(locale, here))}`));
  }
  const positionId = positionParam === undefined ? null : positionIdSchema.safeParse(positionParam);
  if (positionId && !positionId.success) notFound();

  const queryClient = getQueryClient();
  const [governments, topics, events, found, t] = await Promise.all([
    queryClient.fetchQuery(trpc.governments.list.queryOptions()),
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
    positionId
      ? orNotFound(queryClient.fetchQuery(trpc.positions.forEdit.queryOptions({ id: positionId.data })))
      : null,
    getTranslations("contribute"),
  ]);
  // Governments are named, and found by name, in the page's language (or in English, or by code).
  const englishName = new Map(governments.map((g) => [g.iso3, g.name]));
  const editing = found && {
    ...found,
    governmentName: withNameIn(locale, { iso3: found.government, name: found.governmentName }).name,
  };
  const link = (chunks: React.ReactNode) => (
    <Link className="underline" href="/me">
      {chunks}
    </Link>
  );

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{editing ? t("titleEdit") : t("title")}</h1>
        <p className="text-slate-700">
          {editing
            ? t.rich("introEdit", {
                government: editing.governmentName,
                topic: () => <span {...storedTextIn(locale)}>{editing.topicTitle}</span>,
                link,
              })
            : t.rich("intro", { link })}
        </p>
      </header>
      <ClientMessages
        namespaces={["contribute", "forms", "common", "stance", "legend", "evidenceKind", "evidenceMeaning", "dates"]}
      >
        <ProposalForm
          governments={inLocale(locale, governments).map((g) => ({
            iso3: g.iso3,
            name: g.name,
            english: englishName.get(g.iso3),
          }))}
          topics={topics}
          events={events}
          editing={editing}
          prefill={{ government: searchParam(params.government), topic: searchParam(params.topic) }}
          today={todayUtc()}
        />
      </ClientMessages>
    </div>
  );
}
