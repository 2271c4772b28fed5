import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type FieldSpec } from "../reference-form";
import { ReferenceList } from "../reference-list";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/topics">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.topics" });
  return { title: t("title") };
}

export default async function AdminTopicsPage({ params }: PageProps<"/[locale]/admin/topics">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tField, tAdmin] = await Promise.all([
    getTranslations("admin.topics"),
    getTranslations("admin.reference.field"),
    getTranslations("admin"),
  ]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/topics"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const topics = await getQueryClient().fetchQuery(trpc.referenceAdmin.topics.queryOptions());
  const fields: FieldSpec[] = [
    { name: "slug", label: tField("slug"), hint: t("slugHint") },
    { name: "title", label: tField("title") },
    { name: "description", label: tField("description"), type: "textarea" },
    {
      name: "multistakeholderPole",
      label: tField("multistakeholderPole"),
      type: "textarea",
      hint: t("multistakeholderPoleHint"),
    },
    {
      name: "intergovernmentalPole",
      label: tField("intergovernmentalPole"),
      type: "textarea",
      hint: t("intergovernmentalPoleHint"),
    },
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <ReferenceList
        kind="topic"
        label={t("title")}
        fields={fields}
        items={topics.map(
          ({ slug, title, description, multistakeholderPole, intergovernmentalPole, retired, positions }) => ({
            slug,
            retired,
            values: { slug, title, description, multistakeholderPole, intergovernmentalPole },
            summary: t.rich("summary", {
              count: positions,
              name: () => (
                <span className="font-semibold" {...storedTextIn(locale)}>
                  {title}
                </span>
              ),
              slug: () => <code className="text-sm text-slate-600">{slug}</code>,
            }),
            extra: (
              <Link className="text-sm underline" href={`/topics/${slug}`}>
                {tAdmin("reference.publicPage")}
              </Link>
            ),
          }),
        )}
      />
    </div>
  );
}
