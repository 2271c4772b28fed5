import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { withNameIn } from "@/server/i18n/government-names";
import type { PatrolItem } from "@/server/services/patrol";
import { PatrolActions } from "./patrol-actions";

type Props = { item: PatrolItem; eventName: (slug: string | null) => string };

/** One edit a trusted contributor published: where, who, what it changed, and the patrol buttons. */
export function PatrolCard({ item, eventName }: Props) {
  const t = useTranslations("moderation");
  const { day, statedOn } = useDates();
  const storedText = useStoredText();
  const locale = useLocale();
  const { position, author, published, before } = item;
  const headingId = `patrol-${item.revisionId}`;
  const kind = before ? "edit" : "new";
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="font-semibold">
            {t.rich("positionHeading", {
              government: withNameIn(locale, { iso3: position.iso3, name: position.government }).name,
              topic: () => <span {...storedText}>{position.topicTitle}</span>,
              date: statedOn(position.statedOn, published.datePrecision),
            })}
          </h2>
          <p className="text-sm text-slate-600">
            {t.rich("patrol.byline", {
              kind,
              author: author.name,
              time: () => <time dateTime={item.createdAt}>{day(item.createdAt.slice(0, 10))}</time>,
              link: (chunks) => (
                <Link className="underline" href={`/positions/${position.id}`}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </div>
        {!item.isCurrent && (
          <span className="rounded bg-amber-200 px-2 py-0.5 text-sm font-semibold text-amber-950">
            {t("patrol.changedSince")}
          </span>
        )}
      </header>
      <section aria-label={t("patrol.diffLabel", { kind })}>
        <RevisionDiff from={before} to={published} eventName={eventName} />
      </section>
      {!item.isCurrent && <p className="text-sm text-slate-700">{t("patrol.changedAgain")}</p>}
      <PatrolActions revisionId={item.revisionId} isCurrent={item.isCurrent} isNew={before === null} />
    </article>
  );
}
