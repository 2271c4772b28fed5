import Link from "@/app/_components/link";
import { STANCES } from "@/db/enums";
import { type TopicStances } from "@/server/services/bloc-stances";
import { StanceDistribution } from "./stance-distribution";

const SIDE_LABEL = {
  multistakeholder: "Multistakeholder",
  mixed: "Mixed",
  intergovernmental: "Intergovernmental",
  tied: "Tied",
} as const;

/** Per topic: the members' stances as one bar, how many have a position, and the bloc's cohesion. */
export function BlocStanceTable({ topics, blocName }: { topics: TopicStances[]; blocName: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{blocName}: members&apos; stances and cohesion per topic</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              Topic
            </th>
            <th scope="col" className="w-1/4 px-3 py-2 sm:w-1/3">
              Members&apos; stances
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              With a position
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">
              Majority side
            </th>
            <th scope="col" className="px-3 py-2 text-end">
              Cohesion
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {topics.map(({ topic, members, counts, cohesion }) => (
            <tr key={topic.slug}>
              <th scope="row" className="px-3 py-2 font-medium">
                <Link href={`/topics/${topic.slug}`} className="hover:underline">
                  {topic.title}
                </Link>
              </th>
              <td className="px-3 py-2">
                <StanceDistribution counts={counts} members={members} label={topic.title} />
              </td>
              <td className="px-3 py-2 text-end tabular-nums">
                {STANCES.reduce((sum, s) => sum + counts[s], 0)} of {members}
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">{cohesion ? SIDE_LABEL[cohesion.side] : "–"}</td>
              <td className="px-3 py-2 text-end tabular-nums">
                {cohesion ? `${Math.round(cohesion.share * 100)}%` : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
