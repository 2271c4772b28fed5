import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { StatedOn } from "@/app/_components/stated-on";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type TopicCurrency } from "@/server/services/record-currency";

/** Per topic: how many positions are on record and how recent the newest is. */
export function TopicCurrencyTable({ topics }: { topics: TopicCurrency[] }) {
  const t = useTranslations("methodology.currency");
  const format = useFormatter();
  const storedText = useStoredText();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="p-3 text-start text-slate-600">{t("caption")}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="p-2">
              {t("topic")}
            </th>
            <th scope="col" className="p-2 text-end">
              {t("positions")}
            </th>
            <th scope="col" className="p-2">
              {t("newest")}
            </th>
          </tr>
        </thead>
        <tbody>
          {topics.map((topic) => (
            <tr key={topic.slug} className="border-t border-slate-200 align-top">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/topics/${topic.slug}`} className="underline" {...storedText}>
                  {topic.title}
                </Link>
              </th>
              <td className="p-2 text-end tabular-nums">{format.number(topic.positions)}</td>
              <td className="p-2">
                {topic.newest && topic.newestPrecision ? (
                  <StatedOn date={topic.newest} precision={topic.newestPrecision} />
                ) : (
                  t("none")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
