import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { AccountLinks } from "./account-links";
import { HeaderSearch } from "./header-search";
import { LanguageSwitcher } from "./language-switcher";

const NAV = [
  "matrix",
  "topics",
  "governments",
  "compare",
  "blocs",
  "camps",
  "changes",
  "data",
  "methodology",
  "contribute",
] as const;

// The same header for every reader, so pages can be cached; the account links are a client island that fills in
// after load. They have a row of their own beside the logo, one line high whatever they hold, so their arrival never
// moves the page below (a staff member's three links used to wrap the site's links onto a new line, under a pointer).
export function SiteHeader() {
  const t = useTranslations("site");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="border-b border-slate-100 bg-slate-50">
        <div className="mx-auto flex max-w-7xl justify-end px-4 py-1">
          <LanguageSwitcher />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="mx-auto max-w-7xl px-4">
        <div className="flex h-12 items-center justify-between gap-4">
          <Link
            href="/"
            className="flex shrink-0 items-center gap-2 text-lg font-semibold tracking-tight text-slate-900"
          >
            <span
              aria-hidden="true"
              className="inline-block h-6 w-6 rounded-full bg-gradient-to-r from-[#5e3c99] to-[#e66101]"
            />
            {t("name")}
          </Link>
          <div className="flex min-w-0 items-center gap-3">
            <HeaderSearch />
            <ul className="flex min-w-0 items-center gap-1 overflow-x-auto text-sm font-medium whitespace-nowrap">
              <AccountLinks />
            </ul>
          </div>
        </div>
        <ul className="-mx-3 flex flex-wrap gap-1 pb-2 text-sm font-medium">
          {NAV.map((page) => (
            <li key={page}>
              <Link href={`/${page}`} className="nav-link">
                {t(`nav.${page}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
