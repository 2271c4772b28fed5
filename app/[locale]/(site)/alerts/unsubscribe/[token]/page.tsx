import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import Link from "@/app/_components/link";
import { unsubscribeAction } from "./actions";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/alerts/unsubscribe/[token]">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "alerts" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** `/alerts/unsubscribe/[token]`: the link in every alert email. A GET changes nothing (link scanners open it); the button does. */
export default async function UnsubscribePage({
  params,
  searchParams,
}: PageProps<"/[locale]/alerts/unsubscribe/[token]">) {
  await pageLocale(params);
  await connection();
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const t = await getTranslations("alerts");
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
      {query.done ? (
        <p role="status">{t("done")}</p>
      ) : query.invalid ? (
        <p role="alert">{t("invalid")}</p>
      ) : (
        <form action={unsubscribeAction.bind(null, token)}>
          <p className="mb-3 text-slate-700">{t("explain")}</p>
          <button type="submit" className="btn-primary">
            {t("unsubscribe")}
          </button>
        </form>
      )}
      <p className="text-sm">
        <Link className="underline" href="/me/watchlist">
          {t("watchlist")}
        </Link>
      </p>
    </div>
  );
}
