import type { Metadata } from "next";
import { type Locale, localizeHref } from "@/server/i18n/locales";

// A page's preview image for links (Open Graph and Twitter): 1200×630, drawn in the page's language at `url`
// (app/[locale]/og/: `/og/topics/…` in English, `/ar/og/topics/…` in Arabic; /og/matrix through the page cache's rewrite).

type Images = Pick<Metadata, "openGraph" | "twitter">;

export function previewImage(
  locale: Locale,
  url: string,
  alt: string,
  page: { title: string; description: string },
): Images {
  const images = [{ url: localizeHref(locale, url), width: 1200, height: 630, alt }];
  return {
    openGraph: { title: page.title, description: page.description, images },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images },
  };
}
