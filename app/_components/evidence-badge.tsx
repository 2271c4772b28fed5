import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type EvidenceKind } from "@/db/enums";

/** How a position is known, as a small labelled badge that links to how each kind is coded. */
export function EvidenceBadge({ evidence, link = false }: { evidence: EvidenceKind; link?: boolean }) {
  const className = `inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ev-${evidence}`; // tones: app/globals.css
  const t = useTranslations();
  const locale = useLocale();
  const label = t(`evidenceKind.${evidence}`);
  const title = t("evidenceMeaning.title", {
    kind: label.toLocaleLowerCase(locale),
    meaning: t(`evidenceMeaning.${evidence}`),
  });
  return link ? (
    <Link href="/methodology#evidence" className={`${className} hover:underline`} title={title}>
      {label}
    </Link>
  ) : (
    <span className={className} title={title}>
      {label}
    </span>
  );
}
