import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ClientMessages } from "@/app/_components/client-messages";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { localizeHref } from "@/server/i18n/locales";
import { AuthForm } from "@/app/_components/auth-form";
import { signUpAction } from "./actions";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-up">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signUp" });
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function SignUpPage({ params, searchParams }: PageProps<"/[locale]/sign-up">) {
  const locale = await pageLocale(params);
  const { callbackUrl } = await searchParams;
  // Without a page to go back to, the account page in this page's language.
  const next = safeCallbackPath(callbackUrl ?? localizeHref(locale, "/me"));
  const t = await getTranslations("signUp");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["forms"]}>
        <AuthForm mode="sign-up" action={signUpAction} callbackUrl={next} />
      </ClientMessages>
      <p className="text-sm text-slate-700">
        {t.rich("haveAccount", {
          link: (chunks) => (
            <Link className="underline" href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
