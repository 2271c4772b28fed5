import Link from "@/app/_components/link";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import type { Change } from "@/server/services/recent-changes";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";

const KIND = { new: "New position", edit: "Edit", revert: "Revert", withdrawal: "Withdrawn" } as const;

/** Approved changes, newest first: when, what kind, which position, its stance and evidence, who (/changes and the watchlist). */
export function ChangeList({ changes }: { changes: Change[] }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Changes">
      {changes.map((c) => (
        <li key={c.revisionId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
          <time dateTime={c.approvedAt} className="w-28 shrink-0 text-slate-600">
            {formatDate(c.approvedAt.slice(0, 10))}
          </time>
          <span className="font-medium">{KIND[c.kind]}</span>
          <Link className="underline" href={`/positions/${c.positionId}`}>
            {c.government.name} · {c.topic.title} · {formatStatedOn(c.statedOn, c.datePrecision)}
          </Link>
          <StanceBadge stance={c.stance} />
          <EvidenceBadge evidence={c.evidence} />
          <span className="text-slate-600">
            by {c.author}
            {c.reviewer ? `, reviewed by ${c.reviewer}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
