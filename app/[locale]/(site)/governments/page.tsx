import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ClientMessages } from "@/app/_components/client-messages";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { GovernmentsBrowser } from "./governments-browser";
import { inLocale } from "@/server/i18n/government-names";
import { type Locale } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";
import { placeNames } from "@/server/i18n/place-names";

export async function generateMetadata({ params }: PageProps<"/[locale]/governments">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "governments" });
  return { title: t("title"), description: t("description") };
}

/** Every government with its name, region and subregion in the page's language (and its English name, to find it by). */
async function Directory({ locale }: { locale: Locale }) {
  const english = await getQueryClient().fetchQuery(trpc.governments.list.queryOptions());
  const places = placeNames(
    locale,
    english.flatMap((g) => [g.region, g.subregion]),
  );
  const englishName = new Map(english.map((g) => [g.iso3, g.name]));
  const governments = inLocale(locale, english).map((g) => ({
    ...g,
    english: englishName.get(g.iso3) ?? g.name,
    regionName: places[g.region] ?? g.region,
    subregionName: places[g.subregion] ?? g.subregion,
  }));
  return (
    <ClientMessages namespaces={["governments"]}>
      <GovernmentsBrowser governments={governments} />
    </ClientMessages>
  );
}

export default async function GovernmentsPage({ params }: PageProps<"/[locale]/governments">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("governments");

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <Suspense fallback={<p className="text-slate-600">{t("loading")}</p>}>
        <Directory locale={locale} />
      </Suspense>
    </div>
  );
}
