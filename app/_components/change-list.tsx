import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import type { Change } from "@/server/services/recent-changes";
import { useDates } from "./use-dates";
import { useWrittenIn } from "./use-stored-text";

/**
 * Approved changes, newest first: when, what kind, which position, its stance and evidence, who (/changes and the
 * watchlist). The changes come in the page's language (server/i18n/localize.ts): governments' and topics' names.
 */
export function ChangeList({ changes }: { changes: Change[] }) {
  const t = useTranslations("common.changes");
  const { day, statedOn } = useDates();
  const writtenIn = useWrittenIn();
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={t("label")}>
      {changes.map((c) => (
        <li key={c.revisionId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
          <time dateTime={c.approvedAt} className="w-28 shrink-0 text-slate-600">
            {day(c.approvedAt.slice(0, 10))}
          </time>
          <span className="font-medium">{t("kind", { kind: c.kind })}</span>
          <Link className="underline" href={`/positions/${c.positionId}`}>
            {c.government.name} · <span {...writtenIn(c.topic.lang)}>{c.topic.title}</span> ·{" "}
            {statedOn(c.statedOn, c.datePrecision)}
          </Link>
          <StanceBadge stance={c.stance} />
          <EvidenceBadge evidence={c.evidence} />
          <span className="text-slate-600">
            {c.reviewer ? t("byReviewed", { author: c.author, reviewer: c.reviewer }) : t("by", { author: c.author })}
          </span>
        </li>
      ))}
    </ol>
  );
}
