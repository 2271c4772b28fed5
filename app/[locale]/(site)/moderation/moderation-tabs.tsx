import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";

const TABS = [
  { href: "/moderation", key: "queue" },
  { href: "/moderation/patrol", key: "patrol" },
  { href: "/moderation/flags", key: "flags" },
] as const;

type Tab = (typeof TABS)[number]["key"];

/** /moderation's tabs: pending proposals, trusted contributors' published edits to patrol, readers' flags. */
export function ModerationTabs({ current }: { current: Tab }) {
  const t = useTranslations("moderation.tabs");
  return (
    <nav aria-label={t("label")} className="flex gap-1 border-b border-slate-200">
      {TABS.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={`-mb-px rounded-t-md border px-4 py-2 text-sm font-medium ${tab.key === current ? "border-slate-200 border-b-white bg-white text-slate-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
