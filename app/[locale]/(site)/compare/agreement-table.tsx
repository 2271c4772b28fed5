import Link from "@/app/_components/link";
import { formatShare, type PairAgreement } from "@/server/shared/agreement";

type Props = { pairs: PairAgreement[]; name: (iso3: string) => string; at: string };

/** Each pair's agreement as of the date; each pair links to the comparison of the two alone. */
export function AgreementTable({ pairs, name, at }: Props) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">Agreement between each pair of governments</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Pair
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              Shared topics
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              Same side
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              Distance
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
                  {name(p.a)} – {name(p.b)}
                </Link>
              </th>
              <td className="px-3 py-2 text-end tabular-nums">{p.sharedTopics}</td>
              <td className="px-3 py-2 text-end tabular-nums">{formatShare(p.sameSide)}</td>
              <td className="px-3 py-2 text-end tabular-nums">{p.distance === null ? "–" : p.distance.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
