import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import Link from "@/app/_components/link";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type TranslatedLocale } from "@/db/schema/translations";
import { pageActor } from "@/server/auth/page-actor";
import { LOCALE_NAMES, localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";
import { TRANSLATION_LOCALES, translationLocaleSchema } from "@/server/schemas/translation-admin";
import { TranslationForm } from "./translation-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/translations">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.translations" });
  return { title: t("title") };
}

/** `/admin/translations?lang=ar`: every topic, event and bloc in one language, beside its English, to edit. */
export default async function AdminTranslationsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/translations">) {
  const locale = await pageLocale(params);
  await connection();
  const [t, tAdmin] = await Promise.all([getTranslations("admin.translations"), getTranslations("admin")]);
  if (!(await pageActor("admin", localizeHref(locale, "/admin/translations"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  const asked = translationLocaleSchema.safeParse((await searchParams).lang);
  const language: TranslatedLocale = asked.success ? asked.data : locale === "en" ? "ar" : locale;
  const rows = await getQueryClient().fetchQuery(trpc.referenceAdmin.translations.queryOptions({ locale: language }));
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: tAdmin("title") }} current={t("title")} title={t("title")} />
      <p className="text-slate-700">{t("intro")}</p>
      <nav aria-label={t("language")} className="flex flex-wrap gap-2">
        {TRANSLATION_LOCALES.map((code) => (
          <Link
            key={code}
            href={`/admin/translations?lang=${code}`}
            lang={code}
            aria-current={code === language ? "page" : undefined}
            className={`rounded-md border px-3 py-1 ${code === language ? "border-slate-900 bg-slate-900 text-white" : "border-slate-300 bg-white"}`}
          >
            {LOCALE_NAMES[code]}
          </Link>
        ))}
      </nav>
      <ul className="space-y-4">
        {rows.map((row) => (
          <li key={`${row.kind}-${row.slug}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">
              {t("kind", { kind: row.kind })} · <code>{row.slug}</code>
              {Object.values(row.translated).every((text) => !text) && (
                <span className="ms-2 text-sm font-normal text-amber-800">{t("notTranslated")}</span>
              )}
            </h2>
            <TranslationForm row={row} locale={language} />
          </li>
        ))}
      </ul>
    </div>
  );
}
