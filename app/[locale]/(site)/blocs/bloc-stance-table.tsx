import { type Locale } from "@/server/i18n/locales";
import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { STANCES } from "@/db/enums";
import { type TopicStances } from "@/server/services/bloc-stances";
import { StanceDistribution } from "./stance-distribution";

/** Per topic: the members' stances as one bar, how many have a position, and the bloc's cohesion. */
export function BlocStanceTable({
  topics,
  blocName,
  blocLang,
}: {
  topics: TopicStances[];
  blocName: string;
  /** The language the bloc's name is in (English where not yet translated). */
  blocLang?: Locale;
}) {
  const t = useTranslations("blocs.table");
  const writtenIn = useWrittenIn();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">
          {t.rich("caption", { bloc: () => <span {...writtenIn(blocLang)}>{blocName}</span> })}
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("topic")}
            </th>
            <th scope="col" className="w-1/4 px-3 py-2 sm:w-1/3">
              {t("stances")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("withPosition")}
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">
              {t("majoritySide")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("cohesion")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {topics.map(({ topic, members, counts, cohesion }) => {
            const held = STANCES.reduce((sum, s) => sum + counts[s], 0);
            return (
              <tr key={topic.slug}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/topics/${topic.slug}`} className="hover:underline" {...writtenIn(topic.lang)}>
                    {topic.title}
                  </Link>
                </th>
                <td className="px-3 py-2">
                  <StanceDistribution counts={counts} members={members} label={topic.title} />
                </td>
                <td className="px-3 py-2 text-end tabular-nums">{t("heldOf", { held, members })}</td>
                <td className="hidden px-3 py-2 sm:table-cell">
                  {cohesion ? t("side", { side: cohesion.side }) : "–"}
                </td>
                <td className="px-3 py-2 text-end tabular-nums">
                  {/* Rounded to a whole percent first, as the page always showed it. */}
                  {cohesion ? t("share", { share: Math.round(cohesion.share * 100) / 100 }) : "–"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
