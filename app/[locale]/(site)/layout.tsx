import { SiteChrome } from "@/app/_components/site-chrome";
import { pageLocale } from "@/server/i18n/page-locale";

export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  await pageLocale(params);
  return <SiteChrome>{children}</SiteChrome>;
}
