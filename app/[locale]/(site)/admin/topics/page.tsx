import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type FieldSpec } from "../reference-form";
import { ReferenceList } from "../reference-list";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Topics" };

const FIELDS: FieldSpec[] = [
  { name: "slug", label: "Slug", hint: "In URLs and data files; cannot change once positions use it." },
  { name: "title", label: "Title" },
  { name: "description", label: "Description", type: "textarea" },
  {
    name: "multistakeholderPole",
    label: "Multistakeholder pole",
    type: "textarea",
    hint: "One sentence: what the multistakeholder side wants on this topic.",
  },
  {
    name: "intergovernmentalPole",
    label: "Intergovernmental pole",
    type: "textarea",
    hint: "One sentence: what the intergovernmental side wants.",
  },
];

export default async function AdminTopicsPage({ params }: PageProps<"/[locale]/admin/topics">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin/topics"))) return <NotAllowed role="admin" what="edit topics" />;
  const topics = await getQueryClient().fetchQuery(trpc.referenceAdmin.topics.queryOptions());
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Topics" title="Topics" />
      <ReferenceList
        kind="topic"
        label="Topics"
        fields={FIELDS}
        items={topics.map(
          ({ slug, title, description, multistakeholderPole, intergovernmentalPole, retired, positions }) => ({
            slug,
            retired,
            values: { slug, title, description, multistakeholderPole, intergovernmentalPole },
            summary: (
              <>
                <span className="font-semibold">{title}</span> <code className="text-sm text-slate-600">{slug}</code> ·{" "}
                {positions} positions
              </>
            ),
            extra: (
              <Link className="text-sm underline" href={`/topics/${slug}`}>
                Public page
              </Link>
            ),
          }),
        )}
      />
    </div>
  );
}
