import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { EmptyState } from "@/app/_components/empty-state";
import { writtenIn } from "@/app/_components/use-stored-text";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { dayFromKey } from "@/server/cache/cached-route";
import { pageLocale } from "@/server/i18n/page-locale";
import { type Locale } from "@/server/i18n/locales";
import { formatDay } from "@/server/i18n/dates";

export async function generateMetadata({ params }: PageProps<"/[locale]/blocs/view/[today]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "blocs" });
  return { title: t("title"), description: t("description") };
}

/** `/blocs`: every bloc with its member count today. */
async function BlocsPage({ today, locale }: { today: string; locale: Locale }) {
  await dependsOn(viewTags.blocs);
  const blocs = await getQueryClient()
    .fetchQuery(trpc.blocs.list.queryOptions({ at: today }))
    .then(allTextsIn(locale));
  const t = await getTranslations("blocs");
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {blocs.length === 0 ? (
        <EmptyState>{t("noBloc")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label={t("title")}>
          {blocs.map((bloc) => (
            <li key={bloc.slug} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
              <Link
                href={`/blocs/${bloc.slug}`}
                className="text-lg font-semibold hover:underline"
                {...writtenIn(locale, bloc.lang)}
              >
                {bloc.name}
              </Link>
              <span className="text-sm text-slate-600">
                {t("membersAsOf", { count: bloc.memberCount, date: formatDay(locale, today) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedBlocsPage({ params }: PageProps<"/[locale]/blocs/view/[today]">) {
  const locale = await pageLocale(params);
  return <BlocsPage today={dayFromKey((await params).today)} locale={locale} />;
}
