import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./locales";

/**
 * The language of the page being rendered (its app/[locale]/ segment), made the language of everything it renders.
 * Every page, and every layout that shows words (its own or its not-found page's), calls it first: next-intl would otherwise read the language from the request's headers,
 * which would make a cached page dynamic. An unknown language is the 404 page.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
