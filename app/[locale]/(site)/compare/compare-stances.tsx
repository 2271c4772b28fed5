import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { type Comparison } from "@/server/services/compare";
import { StatedOn } from "@/app/_components/stated-on";
import { StanceBadge } from "../matrix/stance-badge";
import { StanceStrip } from "@/app/_charts/stance-strip";
import { type AxisEvent, EventAxis } from "@/app/_charts/event-axis";
import { spanFrom } from "@/app/_charts/time-span";

type Props = { comparison: Comparison; events: readonly AxisEvent[]; name: (iso3: string) => string };

/**
 * For every topic on which one of them has a position: each government's stance as of the date, and
 * its stance over time, one row per government; then the topics on which none of them has one.
 */
export function CompareStances({ comparison, events, name }: Props) {
  const t = useTranslations("compare");
  const format = useFormatter();
  const writtenIn = useWrittenIn();
  const { from } = spanFrom(comparison.positions[0]?.statedOn, comparison.at);
  const held = (slug: string) => comparison.governments.some((g) => comparison.cells[g.iso3]?.[slug]);
  const silent = comparison.topics.filter((topic) => !held(topic.slug));
  return (
    <>
      <ul className="space-y-4">
        {comparison.topics
          .filter((topic) => held(topic.slug))
          .map((topic) => (
            <li key={topic.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                <Link href={`/topics/${topic.slug}`} className="hover:underline" {...writtenIn(topic.lang)}>
                  {topic.title}
                </Link>
              </h3>
              <ul className="mt-2 divide-y divide-slate-100">
                {comparison.governments.map((g) => {
                  const cell = comparison.cells[g.iso3]?.[topic.slug] ?? null;
                  const entries = comparison.positions.filter((p) => p.iso3 === g.iso3 && p.topic === topic.slug);
                  return (
                    <li key={g.iso3} className="grid items-center gap-x-4 gap-y-1 py-2 sm:grid-cols-[12rem_16rem_1fr]">
                      <Link href={`/governments/${g.iso3}`} className="font-medium hover:underline">
                        {name(g.iso3)}
                      </Link>
                      <span className="flex flex-wrap items-center gap-2 text-sm">
                        <StanceBadge stance={cell?.stance ?? null} />
                        {cell && (
                          <Link href={`/positions/${cell.positionId}`} className="text-slate-600 underline">
                            <StatedOn date={cell.statedOn} precision={cell.datePrecision} />
                          </Link>
                        )}
                      </span>
                      <StanceStrip
                        name={name(g.iso3)}
                        topic={topic.title}
                        entries={entries}
                        from={from}
                        to={comparison.at}
                      />
                    </li>
                  );
                })}
              </ul>
              <div className="sm:ms-[30rem]">
                <EventAxis from={from} to={comparison.at} events={events} />
              </div>
            </li>
          ))}
      </ul>
      {silent.length > 0 && (
        <p className="text-sm text-slate-700">
          {t("silent", {
            topics: format.list(
              silent.map((topic) => topic.title),
              { type: "unit" },
            ),
          })}
        </p>
      )}
    </>
  );
}
