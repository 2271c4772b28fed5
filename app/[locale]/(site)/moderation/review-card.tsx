import Link from "@/app/_components/link";
import { EVIDENCE_LABEL } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";
import { changedFields, describeEnd, FIELD_LABEL, type RevisionContent } from "@/server/shared/revision-fields";
import type { QueueItem } from "@/server/services/review-queue";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { StanceBadge } from "../matrix/stance-badge";
import { ReviewActions } from "./review-actions";

type Props = { item: QueueItem; eventName: (slug: string | null) => string };

/** One pending revision: where it applies, who proposed it, exactly what it changes, and the decision buttons. */
export function ReviewCard({ item, eventName }: Props) {
  const { position, author, proposal, current, base } = item;
  const what = `${position.government} · ${position.topicTitle} · ${formatStatedOn(position.statedOn, proposal.datePrecision)}`;
  const headingId = `review-${item.revisionId}`;
  const conflictFields = item.stale && current ? changedFields(current, proposal) : null;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="font-semibold">
            {what}
          </h2>
          <p className="text-sm text-slate-600">
            {current ? "Edit" : "New position"} by {author.name} ({author.approved} approved, {author.rejected} rejected
            before) · <time dateTime={item.createdAt}>submitted {formatDate(item.createdAt.slice(0, 10))}</time>
            {position.published && (
              <>
                {" · "}
                <Link className="underline" href={`/positions/${position.id}`}>
                  history
                </Link>
              </>
            )}
          </p>
        </div>
        {item.stale && (
          <span className="rounded bg-amber-200 px-2 py-0.5 text-sm font-semibold text-amber-950">Edit conflict</span>
        )}
      </header>
      {item.stale && current ? (
        <ThreeWay base={base} current={current} proposal={proposal} eventName={eventName} />
      ) : (
        <section aria-label={`What ${current ? "the edit changes" : "the new position says"}`}>
          <RevisionDiff from={current} to={proposal} eventName={eventName} />
        </section>
      )}
      <ReviewActions revisionId={item.revisionId} what={what} conflictFields={conflictFields} />
    </article>
  );
}

/** For a proposal whose base is no longer current: the version it started from, the one approved since, and the proposal. */
function ThreeWay({
  base,
  current,
  proposal,
  eventName,
}: {
  base: RevisionContent | null;
  current: RevisionContent;
  proposal: RevisionContent;
  eventName: (slug: string | null) => string;
}) {
  const fields = changedFields(current, proposal);
  const show = (content: RevisionContent | null, field: (typeof fields)[number]) => {
    if (!content) return "—";
    if (field === "stance") return <StanceBadge stance={content.stance} />;
    if (field === "event") return eventName(content.event);
    if (field === "evidence") return EVIDENCE_LABEL[content.evidence];
    if (field === "sources") return content.sources.join("\n");
    if (field === "end") return describeEnd(content.end);
    return content[field] ?? "—";
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-amber-950">
        Another edit was approved after this proposal was written. Compare the three versions and choose below.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">
            The version the proposal started from, the current version, and the proposal
          </caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className="p-2">
                Field
              </th>
              <th scope="col" className="p-2">
                It started from
              </th>
              <th scope="col" className="p-2">
                Current
              </th>
              <th scope="col" className="p-2">
                Proposal
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-2 font-medium">
                  {FIELD_LABEL[field]}
                </th>
                <td className="p-2 break-words whitespace-pre-line">{show(base, field)}</td>
                <td className="p-2 break-words whitespace-pre-line">{show(current, field)}</td>
                <td className="p-2 break-words whitespace-pre-line">{show(proposal, field)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
