import type { Metadata } from "next";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type FieldSpec } from "../reference-form";
import { ReferenceList } from "../reference-list";
import { MembershipEditor } from "./membership-editor";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Blocs" };

const FIELDS: FieldSpec[] = [
  { name: "slug", label: "Slug", hint: "In URLs and the API; cannot change once created." },
  { name: "name", label: "Name" },
  { name: "description", label: "Description", type: "textarea" },
  {
    name: "coverage",
    label: "Coverage",
    type: "select",
    options: ["complete", "partial"],
    hint: "Partial: the list is known to miss members.",
  },
  {
    name: "coverageNote",
    label: "What the list covers",
    type: "textarea",
    hint: "What is missing or uncertain, shown on the bloc's page.",
  },
];

export default async function AdminBlocsPage({ params }: PageProps<"/[locale]/admin/blocs">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin/blocs"))) return <NotAllowed role="admin" what="edit blocs" />;
  const blocs = await getQueryClient().fetchQuery(trpc.referenceAdmin.blocs.queryOptions());
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Blocs" title="Blocs" />
      <p className="text-slate-700">
        Every membership period needs the source it was read from. Nothing is deleted: a period is ended, a bloc
        retired.
      </p>
      <ReferenceList
        kind="bloc"
        label="Blocs"
        fields={FIELDS}
        items={blocs.map(({ slug, name, description, coverageNote, complete, retired, periods }) => ({
          slug,
          retired,
          values: { slug, name, description, coverageNote, coverage: complete ? "complete" : "partial" },
          summary: (
            <>
              <span className="font-semibold">{name}</span> <code className="text-sm text-slate-600">{slug}</code> ·{" "}
              {periods.length} membership periods{complete ? "" : " · partial"}
            </>
          ),
          extra: (
            <Link className="text-sm underline" href={`/blocs/${slug}`}>
              Public page
            </Link>
          ),
          below: <MembershipEditor bloc={slug} periods={periods} />,
        }))}
      />
    </div>
  );
}
