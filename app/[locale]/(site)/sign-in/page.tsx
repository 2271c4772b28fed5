import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { ClientMessages } from "@/app/_components/client-messages";
import { signInMethods } from "@/server/auth/providers";
import { safeCallbackPath } from "@/server/auth/safe-redirect";
import { localizeHref } from "@/server/i18n/locales";
import { AuthForm } from "@/app/_components/auth-form";
import { signInAction } from "./actions";
import { OtherSignInMethods } from "./other-methods";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "signIn" });
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const locale = await pageLocale(params);
  const { callbackUrl, error } = await searchParams;
  // Without a page to go back to, the account page in this page's language.
  const next = safeCallbackPath(callbackUrl ?? localizeHref(locale, "/me"));
  const t = await getTranslations("signIn");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {t("failed")}
        </p>
      )}
      <ClientMessages namespaces={["forms", "signIn"]}>
        <AuthForm mode="sign-in" action={signInAction} callbackUrl={next} />
        <OtherSignInMethods methods={signInMethods()} callbackUrl={next} />
      </ClientMessages>
      <p className="text-sm text-slate-700">
        {t.rich("noAccount", {
          link: (chunks) => (
            <Link className="underline" href={`/sign-up?callbackUrl=${encodeURIComponent(next)}`}>
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
