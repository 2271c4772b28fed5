import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type RevisionStatus } from "@/db/enums";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import type { Contribution } from "@/server/services/contributions";
import { EmptyState } from "@/app/_components/empty-state";
import { SourceList } from "@/app/_components/revision-diff";
import { Recorded } from "@/app/_components/stated-on";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { StanceBadge } from "../matrix/stance-badge";
import { WithdrawButton } from "./withdraw-button";

const STATUS_CLASS: Record<RevisionStatus, string> = {
  pending: "bg-amber-100 text-amber-900",
  approved: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
  withdrawn: "bg-slate-200 text-slate-800",
};

/** The user's proposals, newest first, each with where it stands and what the reviewer said. */
export function ContributionList({ contributions }: { contributions: Contribution[] }) {
  const t = useTranslations("me.contributions");
  const { day, statedOn } = useDates();
  const storedText = useStoredText();
  if (contributions.length === 0) {
    return (
      <EmptyState>
        {t.rich("none", {
          link: (chunks) => (
            <Link className="underline" href="/contribute">
              {chunks}
            </Link>
          ),
        })}
      </EmptyState>
    );
  }
  return (
    <ul className="space-y-3" aria-label={t("label")}>
      {contributions.map((c) => {
        const what = t("what", {
          government: c.government.name,
          topic: c.topic.title,
          date: statedOn(c.statedOn, c.datePrecision),
        });
        const reason = () => <span {...storedText}>{c.reviewReason}</span>;
        return (
          <li key={c.revisionId} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="font-semibold">
                {t.rich("heading", {
                  government: () => (
                    <Link
                      className="underline decoration-slate-300 hover:decoration-slate-900"
                      href={`/governments/${c.government.iso3}`}
                    >
                      {c.government.name}
                    </Link>
                  ),
                  topic: () => <span {...storedText}>{c.topic.title}</span>,
                })}
              </h3>
              <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATUS_CLASS[c.status]}`}>
                {t("status", { status: c.status })}
              </span>
            </div>
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
              <StanceBadge stance={c.stance} />
              <EvidenceBadge evidence={c.evidence} />
              <Recorded evidence={c.evidence} date={c.statedOn} precision={c.datePrecision} />
              <span>{t("kind", { kind: c.isEdit ? "edit" : "new" })}</span>
              <span>
                {t.rich("submittedOn", {
                  date: () => <time dateTime={c.createdAt}>{day(c.createdAt.slice(0, 10))}</time>,
                })}
              </span>
            </p>
            {c.status === "rejected" && (
              <p className="rounded-md bg-red-50 p-2 text-sm text-red-950">
                {c.reviewer
                  ? t.rich("rejectedBy", { reviewer: c.reviewer, reason })
                  : t.rich("rejectedByModerator", { reason })}
              </p>
            )}
            <details className="text-sm">
              <summary className="cursor-pointer text-slate-700">{t("proposed")}</summary>
              <div className="mt-2 space-y-2">
                <p {...storedText}>{c.summary}</p>
                {c.quote && (
                  <blockquote className="border-s-4 border-slate-300 ps-3 italic" {...storedText}>
                    {t("quote", { quote: c.quote })}
                  </blockquote>
                )}
                <SourceList urls={c.sources} />
              </div>
            </details>
            <div className="flex flex-wrap gap-3 text-sm">
              {c.published && (
                <Link className="underline" href={`/positions/${c.positionId}`}>
                  {t("seePosition")}
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
