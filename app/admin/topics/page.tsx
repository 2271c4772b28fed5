import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "../../_components/not-allowed";
import { PageTitle } from "../../_components/page-title";
import { getQueryClient, trpc } from "../../_trpc/server";
import { type FieldSpec, ReferenceForm, RetireButton } from "../reference-form";

export const metadata: Metadata = { title: "Topics" };

const FIELDS: FieldSpec[] = [
  { name: "slug", label: "Slug", hint: "In URLs and data files; cannot change once positions use it." },
  { name: "title", label: "Title" },
  { name: "description", label: "Description", type: "textarea" },
  { name: "multistakeholderPole", label: "Multistakeholder pole", type: "textarea", hint: "One sentence: what the multistakeholder side wants on this topic." },
  { name: "intergovernmentalPole", label: "Intergovernmental pole", type: "textarea", hint: "One sentence: what the intergovernmental side wants." },
];
const EMPTY = Object.fromEntries(FIELDS.map((f) => [f.name, ""]));

export default async function AdminTopicsPage() {
  await connection();
  if (!(await pageActor("admin", "/admin/topics"))) return <NotAllowed role="admin" what="edit topics" />;
  const topics = await getQueryClient().fetchQuery(trpc.referenceAdmin.topics.queryOptions());
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Topics" title="Topics" />
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">New topic</summary>
        <div className="mt-3">
          <ReferenceForm kind="topic" fields={FIELDS} initial={EMPTY} />
        </div>
      </details>
      <ul className="space-y-3" aria-label="Topics">
        {topics.map((topic) => (
          <li key={topic.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{topic.title}</span> <code className="text-sm text-slate-600">{topic.slug}</code> · {topic.positions} positions
                {topic.retired && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold">Retired</span>}
              </summary>
              <div className="mt-3 space-y-3">
                <ReferenceForm kind="topic" fields={FIELDS} initial={{ slug: topic.slug, title: topic.title, description: topic.description, multistakeholderPole: topic.multistakeholderPole, intergovernmentalPole: topic.intergovernmentalPole }} originalSlug={topic.slug} />
                <div className="flex items-center gap-3">
                  <RetireButton kind="topic" slug={topic.slug} retired={topic.retired} />
                  <Link className="text-sm underline" href={`/topics/${topic.slug}`}>
                    Public page
                  </Link>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
