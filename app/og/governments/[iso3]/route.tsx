import { db } from "@/db/server-db";
import { GovernmentCard } from "@/app/_charts/cards/government-card";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { pngCard } from "@/server/http/figure-responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { getGovernment } from "@/server/services/governments";
import { listPositions } from "@/server/services/positions";
import { listTopics } from "@/server/services/topics";
import { formatDate, todayUtc } from "@/server/shared/dates";
import { toTimelineEntry } from "@/server/shared/timeline";

// A government page's preview image: its stance strips as of today (kept in the page cache with the page, dropped with it).

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/og/governments/[iso3]">) {
  const { iso3 } = await params;
  await dependsOn(viewTags.government(iso3), viewTags.topics);
  return orNotFoundAnswer(async () => {
    const government = await getGovernment(db(), iso3);
    const [topics, positions] = await Promise.all([
      listTopics(db()),
      listPositions(db(), { government: government.iso3 }),
    ]);
    const today = todayUtc();
    const entries = positions.map(toTimelineEntry).reverse(); // oldest first
    const picture = {
      name: "government-card",
      of: { name: government.name, topics, entries, today },
      tags: [viewTags.government(government.iso3), viewTags.topics],
    };
    return pngCard(picture, () => (
      <GovernmentCard name={government.name} topics={topics} entries={entries} asOf={formatDate(today)} at={today} />
    ));
  });
}
