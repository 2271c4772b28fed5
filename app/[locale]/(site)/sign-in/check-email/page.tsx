import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in/check-email">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("checkEmail.title") };
}

/** Where an email-link sign-in lands after the link is sent. */
export default async function CheckEmailPage({ params }: PageProps<"/[locale]/sign-in/check-email">) {
  await pageLocale(params);
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">{t("checkEmail.title")}</h1>
      <p className="text-slate-700">{t("checkEmail.explain")}</p>
    </div>
  );
}
