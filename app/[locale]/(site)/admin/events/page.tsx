import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDay } from "@/server/i18n/dates";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type FieldSpec } from "../reference-form";
import { ReferenceList } from "../reference-list";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/events">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.events" });
  return { title: t("title") };
}

export default async function AdminEventsPage({ params }: PageProps<"/[locale]/admin/events">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tField, tAdmin] = await Promise.all([
    getTranslations("admin.events"),
    getTranslations("admin.reference.field"),
    getTranslations("admin"),
  ]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/events"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const events = await getQueryClient().fetchQuery(trpc.referenceAdmin.events.queryOptions());
  const fields: FieldSpec[] = [
    { name: "slug", label: tField("slug"), hint: t("slugHint") },
    { name: "name", label: tField("name") },
    { name: "place", label: tField("place") },
    { name: "startDate", label: tField("startDate"), type: "date" },
    { name: "endDate", label: tField("endDate"), type: "date" },
  ];
  const stored = storedTextIn(locale);
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <ReferenceList
        kind="event"
        label={t("title")}
        fields={fields}
        items={events.map(({ slug, name, place, startDate, endDate, retired, positions }) => ({
          slug,
          retired,
          values: { slug, name, place, startDate, endDate },
          summary: t.rich("summary", {
            count: positions,
            date: formatDay(locale, startDate),
            name: () => (
              <span className="font-semibold" {...stored}>
                {name}
              </span>
            ),
            slug: () => <code className="text-sm text-slate-600">{slug}</code>,
            place: () => <span {...stored}>{place}</span>,
          }),
        }))}
      />
    </div>
  );
}
