import { db } from "@/db/server-db";
import { cardLanguage } from "@/app/_charts/cards/card-language";
import { topicMapPng } from "@/app/_charts/topic-pictures";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { isLocale } from "@/server/i18n/locales";
import { localize } from "@/server/i18n/localize";
import { jsonError } from "@/server/http/responses";
import { orNotFoundAnswer } from "@/server/http/not-found-answer";
import { topicFigure } from "@/server/services/topic-figure";
import { todayUtc } from "@/server/shared/dates";

// A topic page's preview image in its language (`/og/topics/…`, `/ar/og/topics/…`): its map as of today.

// Rendered once, kept in the page cache with the page it shows (the same tags), dropped with it.
export const dynamic = "force-static";
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/og/topics/[slug]">) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return jsonError(404, "No such language.");
  await dependsOn(viewTags.topic(slug), viewTags.events);
  return orNotFoundAnswer(async () => {
    const today = todayUtc();
    const figure = localize(locale, await topicFigure(db(), slug, today, today));
    return topicMapPng(figure, await cardLanguage(locale));
  });
}
