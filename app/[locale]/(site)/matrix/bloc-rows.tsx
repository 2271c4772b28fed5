"use client";

import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { countStances } from "@/server/shared/bloc-cohesion";
import { membersOn } from "@/server/shared/bloc-membership";
import { type GridCell } from "@/server/shared/matrix-types";
import { usePolesSentence } from "@/app/_components/use-poles-sentence";
import { cellKey } from "@/server/shared/timeline";
import { StanceDistribution } from "../blocs/stance-distribution";
import { type MatrixData } from "./matrix-data";
import { type GridTopic } from "./matrix-grid";

type Props = { blocs: MatrixData["blocs"]; topics: GridTopic[]; cells: Map<string, GridCell>; at: string };

/** One row per bloc: on each topic, its members of the date as one small stacked bar by stance (with the counts for screen readers). */
export function BlocRows({ blocs, topics, cells, at }: Props) {
  const t = useTranslations("matrix");
  const polesSentence = usePolesSentence().text;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-start text-sm">
        <caption className="sr-only">{t("blocRowsCaption")}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("blocColumn")}
            </th>
            {topics.map((topic) => (
              <th
                key={topic.slug}
                scope="col"
                title={topic.poles && polesSentence(topic.poles)}
                className="min-w-28 px-3 py-2 font-medium"
              >
                {topic.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {blocs.map((bloc) => {
            const members = [...membersOn(bloc.periods, at)];
            return (
              <tr key={bloc.slug}>
                <th scope="row" className="px-3 py-2 font-medium">
                  <Link href={`/blocs/${bloc.slug}?at=${at}`} className="hover:underline">
                    {bloc.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600">
                    {t("blocMembers", { count: members.length })}
                  </span>
                </th>
                {topics.map((topic) => (
                  <td key={topic.slug} className="px-3 py-2">
                    <StanceDistribution
                      counts={countStances(members.map((iso3) => cells.get(cellKey(iso3, topic.slug))?.stance))}
                      members={members.length}
                      label={`${bloc.name}, ${topic.title}`}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
