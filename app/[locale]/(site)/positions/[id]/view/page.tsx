import type { Metadata } from "next";
import {
  PositionDetails,
  positionIdFrom,
  positionMetadata,
} from "@/app/[locale]/(site)/positions/[id]/position-details";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";
import { pageLocale } from "@/server/i18n/page-locale";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function readerView(params: Promise<{ id: string }>) {
  const { id } = await params;
  await dependsOn(viewTags.position(positionIdFrom(id)), viewTags.topics, viewTags.events);
  return { idParam: id, moderator: false };
}

export async function generateMetadata({ params }: PageProps<"/[locale]/positions/[id]/view">): Promise<Metadata> {
  return positionMetadata(await readerView(params));
}

export default async function CachedPositionPage({ params }: PageProps<"/[locale]/positions/[id]/view">) {
  await pageLocale(params);
  return <PositionDetails {...await readerView(params)} />;
}
