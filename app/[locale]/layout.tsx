import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HydrationMarker } from "@/app/_components/hydration-marker";
import { siteUrl } from "@/server/shared/site-url";
import { isLocale, LOCALES, textDirection } from "@/server/i18n/locales";
import { clientMessages, loadMessages } from "@/server/i18n/messages";
import "../globals.css";

// The root of every page, in its language (app/[locale]/: the proxy rewrites `/matrix` to `/en/matrix`).

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: siteUrl(),
    title: { default: t("title"), template: `%s · ${t("name")}` },
    description: t("description"),
    openGraph: { siteName: t("name"), type: "website", locale },
    twitter: { card: "summary_large_image" },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={clientMessages(await loadMessages(locale))}>
          {children}
        </NextIntlClientProvider>
        <HydrationMarker />
      </body>
    </html>
  );
}
