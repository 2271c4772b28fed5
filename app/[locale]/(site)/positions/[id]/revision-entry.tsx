import { useTranslations } from "next-intl";
import type { RecordedRevision } from "@/server/services/position-record";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";

type Props = {
  revision: RecordedRevision;
  previous: RecordedRevision | null;
  eventName: (slug: string | null) => string;
  showStatus: boolean;
  children?: React.ReactNode;
};

/** One version in a position's history: when, by whom, reviewed by whom and why, and its diff to the version before. */
export function RevisionEntry({ revision, previous, eventName, showStatus, children }: Props) {
  const t = useTranslations("revision");
  const { day } = useDates();
  const storedText = useStoredText();
  const kind = revision.hidesPosition ? "withdrawal" : revision.revertOfId ? "revert" : previous ? "edit" : "first";
  const date = () => <time dateTime={revision.createdAt}>{day(revision.createdAt.slice(0, 10))}</time>;
  return (
    <article
      aria-label={t("label", { id: revision.id })}
      className={`space-y-2 rounded-lg border bg-white p-4 ${revision.current ? "border-slate-900" : "border-slate-200"}`}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="font-semibold">{t("heading", { id: revision.id, kind, of: revision.revertOfId ?? 0 })}</span>
        {revision.current && (
          <span className="rounded bg-slate-900 px-2 py-0.5 text-xs font-semibold text-white">{t("current")}</span>
        )}
        {showStatus && revision.status !== "approved" && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
            {t("status", { status: revision.status })}
          </span>
        )}
        <span className="text-slate-600">
          {revision.reviewer && revision.status !== "withdrawn"
            ? t.rich("bylineReviewed", {
                date,
                author: revision.author,
                verdict: revision.status,
                reviewer: revision.reviewer,
              })
            : t.rich("byline", { date, author: revision.author })}
        </span>
      </header>
      {(revision.reviewReason || revision.comment) && (
        <p className="text-sm text-slate-700" {...storedText}>
          {[revision.comment, revision.reviewReason].filter(Boolean).join(" — ")}
        </p>
      )}
      {revision.hidesPosition ? (
        <p className="text-sm text-slate-700">{t("hid")}</p>
      ) : (
        <RevisionDiff from={previous} to={revision} eventName={eventName} />
      )}
      {children}
    </article>
  );
}
