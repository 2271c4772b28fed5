import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getQueryClient, trpc } from "../_trpc/server";

export const metadata: Metadata = {
  title: "Topics",
  description: "The questions of Internet governance on which Stance Atlas records governments' positions.",
};

export default async function TopicsPage() {
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
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">No topics yet.</p>
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
              <dl className="grid gap-2 text-sm">
                <div className="border-l-4 border-[#5e3c99] pl-3">
                  <dt className="font-medium">Multistakeholder pole</dt>
                  <dd className="text-slate-700">{topic.multistakeholderPole}</dd>
                </div>
                <div className="border-l-4 border-[#e66101] pl-3">
                  <dt className="font-medium">Intergovernmental pole</dt>
                  <dd className="text-slate-700">{topic.intergovernmentalPole}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
