import Link from "@/app/_components/link";
import { EVIDENCE_LABEL, EVIDENCE_MEANING, type EvidenceKind } from "@/db/enums";

const TONE: Record<EvidenceKind, string> = {
  statement: "border-sky-300 bg-sky-50 text-sky-900",
  vote: "border-emerald-300 bg-emerald-50 text-emerald-900",
  submission: "border-amber-300 bg-amber-50 text-amber-900",
  endorsement: "border-fuchsia-300 bg-fuchsia-50 text-fuchsia-900",
};

/** How a position is known, as a small labelled badge that links to how each kind is coded. */
export function EvidenceBadge({ evidence, link = false }: { evidence: EvidenceKind; link?: boolean }) {
  const className = `inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONE[evidence]}`;
  const label = EVIDENCE_LABEL[evidence];
  const title = `Evidence: ${label.toLowerCase()} — ${EVIDENCE_MEANING[evidence]}`;
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
