import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { stanceClass } from "@/app/_components/stance-style";
import { StatedOn } from "@/app/_components/stated-on";
import { localizeHref } from "@/server/i18n/locales";
import { type MatrixCell } from "@/server/shared/matrix-types";

type Props = { label: string; items: readonly { government: { iso3: string; name: string }; cell: MatrixCell }[] };

/**
 * Each government's newest position on a topic: stance, government (to the position), evidence kind and
 * date. Bare markup styled from app/globals.css (`.nl`), like the table above it.
 */
export function NewestPositions({ label, items }: Props) {
  const t = useTranslations("topics.newest");
  const tStance = useTranslations("stance");
  const tEvidence = useTranslations("evidenceKind");
  const locale = useLocale();
  return (
    <>
      <p className="text-sm text-slate-600">
        {t.rich("evidenceNote", {
          link: (chunks) => (
            <Link href="/methodology#evidence" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ul className="nl grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
        {items.map(({ government, cell }) => (
          <li key={government.iso3}>
            <span className={stanceClass(cell.stance)}>
              <i>{tStance(cell.stance)}</i>
            </span>
            <a href={localizeHref(locale, `/positions/${cell.positionId}`)}>{government.name}</a>
            <span className={`ev-${cell.evidence}`}>{tEvidence(cell.evidence)}</span>
            <StatedOn date={cell.statedOn} precision={cell.datePrecision} />
          </li>
        ))}
      </ul>
    </>
  );
}
