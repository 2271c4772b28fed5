import { db } from "@/db/server-db";
import { GovernmentCard } from "@/app/_charts/cards/government-card";
import { cardLanguage } from "@/app/_charts/cards/card-language";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { isLocale } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { pngCard } from "@/server/http/figure-responses";
import { jsonError } from "@/server/http/responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { getGovernment } from "@/server/services/governments";
import { listPositions } from "@/server/services/positions";
import { listTopics } from "@/server/services/topics";
import { todayUtc } from "@/server/shared/dates";
import { toTimelineEntry } from "@/server/shared/timeline";

// A government page's preview image in its language: its stance strips as of today.

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/og/governments/[iso3]">) {
  const { locale, iso3 } = await params;
  if (!isLocale(locale)) return jsonError(404, "No such language.");
  await dependsOn(viewTags.government(iso3), viewTags.topics);
  return orNotFoundAnswer(async () => {
    const government = localize(locale, await getGovernment(db(), iso3));
    const [topics, positions] = await Promise.all([
      listTopics(db()).then((all) => localize(locale, all)),
      listPositions(db(), { government: government.iso3 }),
    ]);
    const today = todayUtc();
    const entries = positions.map(toTimelineEntry).reverse(); // oldest first
    const picture = {
      name: "government-card",
      locale,
      of: { name: government.name, topics, entries, today },
      tags: [viewTags.government(government.iso3), viewTags.topics],
    };
    const lang = await cardLanguage(locale);
    return pngCard(picture, () => (
      <GovernmentCard lang={lang} name={government.name} topics={topics} entries={entries} at={today} />
    ));
  });
}
