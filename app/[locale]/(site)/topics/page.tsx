import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { EmptyState } from "@/app/_components/empty-state";
import { TopicPoles } from "@/app/_components/topic-poles";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Topics",
  description: "The questions of Internet governance on which Stance Atlas records governments' positions.",
};

export default async function TopicsPage({ params }: PageProps<"/[locale]/topics">) {
  await pageLocale(params);
  await connection();
  const topics = await getQueryClient().fetchQuery(trpc.topics.list.queryOptions());

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Topics</h1>
        <p className="text-slate-700">
          Each topic is a question on which governments take sides, with what the multistakeholder and the
          intergovernmental pole mean for it.
        </p>
      </header>
      {topics.length === 0 ? (
        <EmptyState>No topics yet.</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {topics.map((topic) => (
            <li key={topic.slug} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/topics/${topic.slug}`} className="hover:underline">
                  {topic.title}
                </Link>
              </h2>
              <p className="text-slate-700">{topic.description}</p>
              <TopicPoles topic={topic} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
