import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { StatedOn } from "@/app/_components/stated-on";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { type AxisEvent, EventAxis } from "./event-axis";
import { StanceStrip } from "./stance-strip";
import { spanFrom } from "./time-span";

// One government's stance on every topic over time, up to a date: per topic its positions in
// order (date and stance) and a bar over time, with one event axis under the bars.

type Props = {
  /** Its name in the page's language. */
  government: { iso3: string; name: string };
  topics: readonly { slug: string; title: string }[];
  /** The government's positions up to `at`, oldest first. */
  entries: readonly TimelineEntry[];
  events: readonly AxisEvent[];
  at: string;
};

export function GovernmentTimelines({ government, topics, entries, events, at }: Props) {
  const t = useTranslations("charts");
  const { day } = useDates();
  const stored = useStoredText();
  const span = spanFrom(entries[0]?.statedOn, at);
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <ul className="divide-y divide-slate-100">
        {topics.map((topic) => {
          const own = entries.filter((e) => e.topic === topic.slug);
          return (
            <li key={topic.slug} className="grid gap-2 p-3 sm:grid-cols-[18rem_1fr]">
              <Link href={`/topics/${topic.slug}`} className="font-medium hover:underline" {...stored}>
                {topic.title}
              </Link>
              <div className="space-y-1.5">
                {own.length === 0 ? (
                  <span className="text-sm text-slate-500">{t("noPosition")}</span>
                ) : (
                  <ol
                    className="flex flex-wrap items-center gap-2"
                    aria-label={t("positionsLabel", { topic: topic.title })}
                  >
                    {own.map((p, i) => {
                      const ended = p.endedOn && p.endedOn <= at ? p.endedOn : null;
                      return (
                        <li key={p.positionId} className="flex items-center gap-2 text-sm">
                          {i > 0 && (
                            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                              →
                            </span>
                          )}
                          <StatedOn date={p.statedOn} precision={p.datePrecision} className="text-slate-600" />
                          <StanceBadge stance={p.stance} />
                          {ended && (
                            <span className="text-xs text-slate-600">
                              {t.rich("ended", { date: () => <time dateTime={ended}>{day(ended)}</time> })}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                )}
                <StanceStrip name={government.name} topic={topic.title} entries={own} {...span} />
              </div>
            </li>
          );
        })}
      </ul>
      <div className="px-3 pb-3 sm:ms-[calc(18rem+0.5rem)]">
        <EventAxis {...span} events={events} />
      </div>
    </div>
  );
}
