import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { changedFields, type RevisionContent } from "@/server/shared/revision-fields";
import type { QueueItem } from "@/server/services/review-queue";
import { withNameIn } from "@/server/i18n/government-names";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { StanceBadge } from "../matrix/stance-badge";
import { ReviewActions } from "./review-actions";

type Props = { item: QueueItem; eventName: (slug: string | null) => string };

/** One pending revision: where it applies, who proposed it, exactly what it changes, and the decision buttons. */
export function ReviewCard({ item, eventName }: Props) {
  const t = useTranslations("moderation");
  const { day, statedOn } = useDates();
  const storedText = useStoredText();
  const locale = useLocale();
  const { position, author, proposal, current, base } = item;
  const heading = {
    government: withNameIn(locale, { iso3: position.iso3, name: position.government }).name,
    date: statedOn(position.statedOn, proposal.datePrecision),
  };
  const what = t.markup("positionHeading", { ...heading, topic: () => position.topicTitle });
  const headingId = `review-${item.revisionId}`;
  const conflictFields = item.stale && current ? changedFields(current, proposal) : null;
  const kind = current ? "edit" : "new";
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="font-semibold">
            {t.rich("positionHeading", { ...heading, topic: () => <span {...storedText}>{position.topicTitle}</span> })}
          </h2>
          <p className="text-sm text-slate-600">
            {t.rich("review.byline", {
              kind,
              author: author.name,
              approved: author.approved,
              rejected: author.rejected,
              date: day(item.createdAt.slice(0, 10)),
              published: position.published ? "yes" : "no",
              time: (chunks) => <time dateTime={item.createdAt}>{chunks}</time>,
              link: (chunks) => (
                <Link className="underline" href={`/positions/${position.id}`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        {item.stale && (
          <span className="rounded bg-amber-200 px-2 py-0.5 text-sm font-semibold text-amber-950">
            {t("review.conflict")}
          </span>
        )}
      </header>
      {item.stale && current ? (
        <ThreeWay base={base} current={current} proposal={proposal} eventName={eventName} />
      ) : (
        <section aria-label={t("review.diffLabel", { kind })}>
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
  const t = useTranslations("moderation.review");
  const tRevision = useTranslations("revision");
  const tEvidence = useTranslations("evidenceKind");
  const { day } = useDates();
  const storedText = useStoredText();
  const fields = changedFields(current, proposal);
  const show = (content: RevisionContent | null, field: (typeof fields)[number]) => {
    if (!content) return "—";
    if (field === "stance") return <StanceBadge stance={content.stance} />;
    if (field === "event")
      return content.event ? <span {...storedText}>{eventName(content.event)}</span> : eventName(null);
    if (field === "evidence") return tEvidence(content.evidence);
    if (field === "datePrecision") return tRevision("precision", { precision: content.datePrecision });
    if (field === "sources") return content.sources.join("\n");
    if (field === "end") {
      const { end } = content;
      return end
        ? tRevision("endValue", { note: end.note, date: day(end.on), source: end.source })
        : tRevision("noEnd");
    }
    const text = content[field];
    return text === null ? "—" : <span {...storedText}>{text}</span>;
  };
  return (
    <div className="space-y-2">
      <p className="text-sm text-amber-950">{t("threeWayNote")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">{t("threeWayCaption")}</caption>
          <thead>
            <tr className="bg-slate-50">
              <th scope="col" className="p-2">
                {t("field")}
              </th>
              <th scope="col" className="p-2">
                {t("startedFrom")}
              </th>
              <th scope="col" className="p-2">
                {t("current")}
              </th>
              <th scope="col" className="p-2">
                {t("proposal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field} className="border-t border-slate-200 align-top">
                <th scope="row" className="p-2 font-medium">
                  {tRevision(`field.${field}`)}
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
