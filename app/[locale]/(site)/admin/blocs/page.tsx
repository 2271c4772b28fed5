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
import { MembershipEditor } from "./membership-editor";
import { withNameIn } from "@/server/i18n/government-names";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/blocs">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.blocs" });
  return { title: t("title") };
}

export default async function AdminBlocsPage({ params }: PageProps<"/[locale]/admin/blocs">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tField, tAdmin] = await Promise.all([
    getTranslations("admin.blocs"),
    getTranslations("admin.reference.field"),
    getTranslations("admin"),
  ]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/blocs"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const blocs = await getQueryClient().fetchQuery(trpc.referenceAdmin.blocs.queryOptions());
  const fields: FieldSpec[] = [
    { name: "slug", label: tField("slug"), hint: t("slugHint") },
    { name: "name", label: tField("name") },
    { name: "description", label: tField("description"), type: "textarea" },
    {
      name: "coverage",
      label: tField("coverage"),
      type: "select",
      options: [
        { value: "complete", label: t("coverage.complete") },
        { value: "partial", label: t("coverage.partial") },
      ],
      hint: t("coverageHint"),
    },
    { name: "coverageNote", label: tField("coverageNote"), type: "textarea", hint: t("coverageNoteHint") },
  ];
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <p className="text-slate-700">{t("intro")}</p>
      <ReferenceList
        kind="bloc"
        label={t("title")}
        fields={fields}
        items={blocs.map(({ slug, name, description, coverageNote, complete, retired, periods }) => ({
          slug,
          retired,
          values: { slug, name, description, coverageNote, coverage: complete ? "complete" : "partial" },
          summary: t.rich("summary", {
            count: periods.length,
            coverage: complete ? "complete" : "partial",
            name: () => (
              <span className="font-semibold" {...storedTextIn(locale)}>
                {name}
              </span>
            ),
            slug: () => <code className="text-sm text-slate-600">{slug}</code>,
          }),
          extra: (
            <Link className="text-sm underline" href={`/blocs/${slug}`}>
              {tAdmin("reference.publicPage")}
            </Link>
          ),
          below: <MembershipEditor bloc={slug} periods={periods.map((period) => withNameIn(locale, period))} />,
        }))}
      />
    </div>
  );
}
