import { useTranslations } from "next-intl";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The site's header, main landmark and footer around a page (every page but the embeds). */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  const t = useTranslations("site");
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
