import type { Metadata } from "next";
import { InEmbed } from "@/app/_components/embed-context";
import { pageLocale } from "@/server/i18n/page-locale";

// The embeds: a view and a credit line, no site header or footer, for other sites' frames.
// They show no signed-in state: the same page for everyone, from the page cache.

export const metadata: Metadata = { robots: { index: false, follow: true } };

export default async function EmbedLayout({ children, params }: LayoutProps<"/[locale]">) {
  await pageLocale(params); // its not-found.tsx, rendered in this layout, shows words in the page's language
  return (
    <InEmbed>
      <main id="main" className="mx-auto w-full max-w-[1200px] flex-1 space-y-3 bg-white p-3">
        {children}
      </main>
    </InEmbed>
  );
}
