import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { STANCES } from "@/db/enums";
import { type TopicMovement } from "@/server/services/event-detail";
import { type StanceCounts } from "@/server/shared/bloc-cohesion";
import { StanceBadge } from "../../matrix/stance-badge";

const rows = (before: StanceCounts, after: StanceCounts) =>
  [
    ["before", before],
    ["after", after],
  ] as const;

/** Per topic: the count at each stance before and after, and each government that changed, from → to. */
export function StanceMovement({ movements }: { movements: TopicMovement[] }) {
  const t = useTranslations("events.movement");
  const tStance = useTranslations("stance");
  const writtenIn = useWrittenIn();
  return (
    <ul className="space-y-4">
      {movements.map(({ topic, before, after, changed }) => {
        const storedText = writtenIn(topic.lang);
        return (
          <li key={topic.slug} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">
              <Link href={`/topics/${topic.slug}`} className="hover:underline" {...storedText}>
                {topic.title}
              </Link>
            </h3>
            <div className="overflow-x-auto">
              <table className="text-start text-sm">
                <caption className="sr-only">
                  {t.rich("caption", { topic: () => <span {...storedText}>{topic.title}</span> })}
                </caption>
                <thead>
                  <tr>
                    <td />
                    {STANCES.map((s) => (
                      <th key={s} scope="col" className="px-2 py-1 font-medium">
                        {tStance(s)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows(before, after).map(([when, counts]) => (
                    <tr key={when}>
                      <th scope="row" className="px-2 py-1 font-medium">
                        {t("row", { when })}
                      </th>
                      {STANCES.map((s) => (
                        <td key={s} className="px-2 py-1 tabular-nums">
                          {counts[s]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {changed.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noChange")}</p>
            ) : (
              <ul className="space-y-1 text-sm" aria-label={t("changedLabel", { topic: topic.title })}>
                {changed.map((c) => (
                  <li key={c.iso3} className="flex flex-wrap items-center gap-2">
                    <Link href={`/governments/${c.iso3}`} className="font-medium hover:underline">
                      {c.name}
                    </Link>
                    <StanceBadge stance={c.from} />{" "}
                    <span aria-label={t("to")} className="inline-block rtl:-scale-x-100">
                      →
                    </span>{" "}
                    <StanceBadge stance={c.to} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
