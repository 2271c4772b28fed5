import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/server/i18n/locales";

const LINK = "underline hover:text-slate-900";

export function SiteFooter() {
  const t = useTranslations("site.footer");
  const locale = useLocale();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-4 px-4 py-8 text-sm text-slate-600 sm:grid-cols-2">
        <p>
          {t.rich("license", {
            license: (chunks) => (
              <a className={LINK} href="https://creativecommons.org/licenses/by/4.0/" rel="license">
                {chunks}
              </a>
            ),
            releases: (chunks) => (
              <a className={LINK} href={localizeHref(locale, "/data")}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <div className="space-y-2 sm:text-end">
          <p>
            {t.rich("names", { code: (chunks) => <code>{chunks}</code> })}{" "}
            <a className={LINK} href="/api/v1/openapi.json">
              {t("api")}
            </a>
          </p>
          <p>
            {t.rich("translations", {
              report: (chunks) => (
                <a className={LINK} href={localizeHref(locale, "/methodology#corrections")}>
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
      </div>
    </footer>
  );
}
