import Link from "@/app/_components/link";
import { stanceClass } from "@/app/_components/stance-style";
import { StatedOn } from "@/app/_components/stated-on";
import { EVIDENCE_LABEL, STANCE_LABEL } from "@/db/enums";
import { type MatrixCell } from "@/server/shared/matrix-types";

type Props = { label: string; items: readonly { government: { iso3: string; name: string }; cell: MatrixCell }[] };

/**
 * Each government's newest position on a topic: stance, government (to the position), evidence kind and
 * date. Bare markup styled from app/globals.css (`.nl`), like the table above it.
 */
export function NewestPositions({ label, items }: Props) {
  return (
    <>
      <p className="text-sm text-slate-600">
        The badge after each name is how the position is known:{" "}
        <Link href="/methodology#evidence" className="underline">
          the kinds of evidence
        </Link>
        .
      </p>
      <ul className="nl grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-2 lg:grid-cols-3" aria-label={label}>
        {items.map(({ government, cell }) => (
          <li key={government.iso3}>
            <span className={stanceClass(cell.stance)}>
              <i>{STANCE_LABEL[cell.stance]}</i>
            </span>
            <a href={`/positions/${cell.positionId}`}>{government.name}</a>
            <span className={`ev-${cell.evidence}`}>{EVIDENCE_LABEL[cell.evidence]}</span>
            <StatedOn date={cell.statedOn} precision={cell.datePrecision} />
          </li>
        ))}
      </ul>
    </>
  );
}
