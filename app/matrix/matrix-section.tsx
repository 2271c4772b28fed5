import { getQueryClient, trpc } from "../_trpc/server";
import { todayUtc } from "@/server/shared/dates";
import { type MatrixData } from "./matrix-data";
import { MatrixExplorer } from "./matrix-explorer";

/** Loads what the matrix needs (all approved positions of the chosen topics) and hands it to the client view. */
export async function MatrixSection({ topics }: { topics: string[] | null }) {
  const queryClient = getQueryClient();
  const [allTopics, governments, events] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.list.queryOptions()),
    queryClient.fetchQuery(trpc.governments.directory.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()),
  ]);
  // Unknown slugs in a hand-edited URL are dropped rather than failing the page.
  const known = topics?.filter((slug) => allTopics.some((t) => t.slug === slug));
  const selected = known?.length ? known : allTopics.map((t) => t.slug);
  const { entries } = await queryClient.fetchQuery(trpc.matrix.timeline.queryOptions({ topics: selected }));
  const data: MatrixData = { today: todayUtc(), governments, topics: allTopics, selected, events, timeline: entries };
  return <MatrixExplorer data={data} />;
}
