import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { TopicPoles } from "@/app/_components/topic-poles";
import { NotTranslated } from "@/app/_components/not-translated";
import { writtenIn } from "@/app/_components/use-stored-text";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/topics">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "topics" });
  return { title: t("title"), description: t("description") };
}

export default async function TopicsPage({ params }: PageProps<"/[locale]/topics">) {
  const locale = await pageLocale(params);
  await connection();
  const [topics, t] = await Promise.all([
    getQueryClient().fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    getTranslations("topics"),
  ]);

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {topics.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold" {...writtenIn(locale, topic.lang)}>
                <Link href={`/topics/${topic.slug}`} className="hover:underline">
                  {topic.title}
                </Link>
              </h2>
              <p className="text-slate-700" {...writtenIn(locale, topic.lang)}>
                {topic.description}
              </p>
              <NotTranslated lang={topic.lang} />
              <TopicPoles topic={topic} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
