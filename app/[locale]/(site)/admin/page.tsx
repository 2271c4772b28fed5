import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { NotAllowed } from "@/app/_components/not-allowed";
import { localizeHref } from "@/server/i18n/locales";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "admin" });
  return { title: t("title") };
}

const SECTIONS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/representatives", key: "representatives" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/topics", key: "topics" },
  { href: "/admin/events", key: "events" },
  { href: "/admin/blocs", key: "blocs" },
  { href: "/admin/translations", key: "translations" },
  { href: "/admin/releases", key: "releases" },
  { href: "/moderation", key: "moderation" },
] as const;

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const locale = await pageLocale(params);
  await connection();
  const t = await getTranslations("admin");
  if (!(await pageActor("admin", localizeHref(locale, "/admin"))))
    return <NotAllowed role="admin" what={t("notAllowed")} />;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-slate-400"
            >
              <span className="text-lg font-semibold">{t(`sections.${s.key}.title`)}</span>
              <span className="block text-slate-700">{t(`sections.${s.key}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
