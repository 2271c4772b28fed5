import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";

/** What a missing page says, with the ways on. */
export function NotFoundMessage() {
  const t = useTranslations("notFound");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">{t("code")}</p>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="text-slate-700">{t.rich("explain", { code: (chunks) => <code dir="ltr">{chunks}</code> })}</p>
      <ul className="flex flex-wrap justify-center gap-3 pt-2">
        <li>
          <Link className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white hover:bg-slate-700" href="/">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            href="/topics"
          >
            {t("topics")}
          </Link>
        </li>
        <li>
          <Link
            className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100"
            href="/governments"
          >
            {t("governments")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
