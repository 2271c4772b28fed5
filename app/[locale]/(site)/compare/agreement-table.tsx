import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type PairAgreement } from "@/server/shared/agreement";
import { useAgreementWords } from "./use-agreement-words";

type Props = { pairs: PairAgreement[]; name: (iso3: string) => string; at: string };

/** Each pair's agreement as of the date; each pair links to the comparison of the two alone. */
export function AgreementTable({ pairs, name, at }: Props) {
  const t = useTranslations("compare.table");
  const { share, pair, distance } = useAgreementWords(name);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("pair")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("sharedTopics")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("sameSide")}
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              {t("distance")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {pairs.map((p) => (
            <tr key={`${p.a}-${p.b}`}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link
                  href={`/compare?governments=${p.a},${p.b}&at=${at}`}
                  className="underline decoration-slate-300 hover:decoration-slate-900"
                >
                  {pair(p)}
                </Link>
              </th>
              <td className="px-3 py-2 text-end tabular-nums">{p.sharedTopics}</td>
              <td className="px-3 py-2 text-end tabular-nums">{share(p.sameSide)}</td>
              <td className="px-3 py-2 text-end tabular-nums">{distance(p.distance)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
