import Link from "@/app/_components/link";
import { type RevisionStatus } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { describeRecorded, formatStatedOn } from "@/server/shared/stated-on";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import type { Contribution } from "@/server/services/contributions";
import { EmptyState } from "@/app/_components/empty-state";
import { SourceList } from "@/app/_components/revision-diff";
import { StanceBadge } from "../matrix/stance-badge";
import { WithdrawButton } from "./withdraw-button";

const STATUS: Record<RevisionStatus, { label: string; className: string }> = {
  pending: { label: "Pending review", className: "bg-amber-100 text-amber-900" },
  approved: { label: "Approved", className: "bg-emerald-100 text-emerald-900" },
  rejected: { label: "Rejected", className: "bg-red-100 text-red-900" },
  withdrawn: { label: "Withdrawn", className: "bg-slate-200 text-slate-800" },
};

/** The user's proposals, newest first, each with where it stands and what the reviewer said. */
export function ContributionList({ contributions }: { contributions: Contribution[] }) {
  if (contributions.length === 0) {
    return (
      <EmptyState>
        You have not proposed anything yet.{" "}
        <Link className="underline" href="/contribute">
          Contribute a position
        </Link>
        .
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Your contributions">
      {contributions.map((c) => {
        const what = `${c.government.name} on ${c.topic.title}, ${formatStatedOn(c.statedOn, c.datePrecision)}`;
        const status = STATUS[c.status];
        return (
          <li key={c.revisionId} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                <Link
                  className="underline decoration-slate-300 hover:decoration-slate-900"
                  href={`/governments/${c.government.iso3}`}
                >
                  {c.government.name}
                </Link>{" "}
                · {c.topic.title}
              </h3>
              <span className={`rounded px-2 py-0.5 text-sm font-medium ${status.className}`}>{status.label}</span>
            </div>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <StanceBadge stance={c.stance} />
              <EvidenceBadge evidence={c.evidence} />
              <span>{describeRecorded(c.evidence, c.statedOn, c.datePrecision)}</span>
              <span>· {c.isEdit ? "edit" : "new position"}</span>
              <span>
                · submitted <time dateTime={c.createdAt}>{formatDate(c.createdAt.slice(0, 10))}</time>
              </span>
            </p>
            {c.status === "rejected" && (
              <p className="rounded-md bg-red-50 p-2 text-sm text-red-950">
                Rejected by {c.reviewer ?? "a moderator"}: {c.reviewReason}
              </p>
            )}
            <details className="text-sm">
              <summary className="cursor-pointer text-slate-700">What you proposed</summary>
              <div className="mt-2 space-y-2">
                <p>{c.summary}</p>
                {c.quote && <blockquote className="border-s-4 border-slate-300 ps-3 italic">“{c.quote}”</blockquote>}
                <SourceList urls={c.sources} />
              </div>
            </details>
            <div className="flex flex-wrap gap-3 text-sm">
              {c.published && (
                <Link className="underline" href={`/positions/${c.positionId}`}>
                  See the position and its history
                </Link>
              )}
              {c.status === "pending" && <WithdrawButton revisionId={c.revisionId} what={what} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
