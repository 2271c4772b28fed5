import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";

/** A detail page's title with the trail back to its index ("Topics / ixps"). */
export function PageTitle({
  parent,
  current,
  title,
}: {
  parent: { href: string; label: string };
  current: string;
  title: React.ReactNode;
}) {
  const t = useTranslations("site");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
        <Link className="underline" href={parent.href}>
          {parent.label}
        </Link>{" "}
        / {current}
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
    </>
  );
}
