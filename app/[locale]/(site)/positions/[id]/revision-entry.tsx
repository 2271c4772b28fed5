import { type RevisionStatus } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import type { RecordedRevision } from "@/server/services/position-record";
import { RevisionDiff } from "@/app/_components/revision-diff";

const STATUS: Record<RevisionStatus, string> = {
  pending: "Pending review",
  approved: "Approved",
  rejected: "Rejected",
  withdrawn: "Withdrawn by its author",
};

type Props = {
  revision: RecordedRevision;
  previous: RecordedRevision | null;
  eventName: (slug: string | null) => string;
  showStatus: boolean;
  children?: React.ReactNode;
};

/** One version in a position's history: when, by whom, reviewed by whom and why, and its diff to the version before. */
export function RevisionEntry({ revision, previous, eventName, showStatus, children }: Props) {
  const label = revision.hidesPosition
    ? "Withdrawal"
    : revision.revertOfId
      ? `Revert to revision #${revision.revertOfId}`
      : previous
        ? "Edit"
        : "First version";
  return (
    <article
      aria-label={`Revision #${revision.id}`}
      className={`space-y-2 rounded-lg border bg-white p-4 ${revision.current ? "border-slate-900" : "border-slate-200"}`}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">
          #{revision.id} · {label}
        </span>
        {revision.current && (
          <span className="rounded bg-slate-900 px-2 py-0.5 text-xs font-semibold text-white">Current</span>
        )}
        {showStatus && revision.status !== "approved" && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
            {STATUS[revision.status]}
          </span>
        )}
        <span className="text-slate-600">
          <time dateTime={revision.createdAt}>{formatDate(revision.createdAt.slice(0, 10))}</time> by {revision.author}
          {revision.reviewer && revision.status !== "withdrawn"
            ? `, ${revision.status === "rejected" ? "rejected" : "reviewed"} by ${revision.reviewer}`
            : ""}
        </span>
      </header>
      {(revision.reviewReason || revision.comment) && (
        <p className="text-sm text-slate-700">
          {[revision.comment, revision.reviewReason].filter(Boolean).join(" — ")}
        </p>
      )}
      {revision.hidesPosition ? (
        <p className="text-sm text-slate-700">Hid the position from public views.</p>
      ) : (
        <RevisionDiff from={previous} to={revision} eventName={eventName} />
      )}
      {children}
    </article>
  );
}
