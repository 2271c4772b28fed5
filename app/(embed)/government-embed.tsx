import { StanceLegend } from "@/app/_components/stance-legend";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { toTimelineEntry } from "@/server/shared/timeline";
import { EmbedFooter } from "./embed-footer";

type Props = { iso3: string; today: string; at: string | null };

/** `/embed/governments/[iso3]?at=`: a government's stance on every topic over time, up to a date, for other sites' frames. */
export async function GovernmentEmbed({ iso3, today, at }: Props) {
  await dependsOn(viewTags.government(iso3), viewTags.topics, viewTags.events);
  const queryClient = getQueryClient();
  const government = await orNotFound(queryClient.fetchQuery(trpc.governments.get.queryOptions({ iso3 })));
  const [topics, positions, events] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.positions.list.queryOptions({ government: government.iso3 })),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  const until = at ?? today;
  const entries = positions.map(toTimelineEntry).filter((e) => e.statedOn <= until).reverse(); // oldest first
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">{government.name}: stance on Internet governance, topic by topic</h1>
        <StanceLegend compact wrap />
      </header>
      <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={until} />
      <EmbedFooter at={until} fullView={`/governments/${government.iso3}`} />
    </>
  );
}
