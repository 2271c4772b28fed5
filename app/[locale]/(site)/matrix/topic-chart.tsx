"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { type EvidenceKind } from "@/db/enums";
import { type TimeStop, toTimelineEntry } from "@/server/shared/timeline";
import { type ApiPosition } from "@/app/_components/read-api";
import { stanceColumns } from "@/server/shared/stance-columns";
import { useReadApi } from "@/app/_components/use-read-api";
import { StanceChart } from "@/app/_charts/stance-chart";

type Props = {
  topic: { slug: string; title: string };
  stops: TimeStop[];
  events: readonly { slug: string; name: string; endDate: string }[];
  evidence: EvidenceKind[] | null;
  governments: { iso3: string }[];
};

/** The matrix's chart tab: governments at each stance on one topic at every stop, for the governments shown. */
export default function TopicChart({ topic, stops, events, evidence, governments }: Props) {
  const t = useTranslations("matrix");
  const { data, error } = useReadApi<ApiPosition[]>(`/api/v1/positions?topic=${topic.slug}`);
  const columns = useMemo(() => {
    if (!data) return null;
    const entries = data
      .filter((p) => !evidence || evidence.includes(p.evidence))
      .map(toTimelineEntry)
      .sort((a, b) => a.statedOn.localeCompare(b.statedOn) || a.positionId - b.positionId);
    return stanceColumns(entries, stops, topic.slug, new Set(governments.map((g) => g.iso3)));
  }, [data, evidence, stops, topic.slug, governments]);
  if (error) return <p role="alert">{t("chartError")}</p>;
  if (!columns)
    return (
      <div
        className="aspect-[72/28] w-full max-w-4xl animate-pulse rounded-lg bg-slate-200"
        aria-label={t("loadingChart")}
      />
    );
  return <StanceChart columns={columns} topicTitle={topic.title} events={events} />;
}
