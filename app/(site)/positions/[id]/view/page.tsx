import type { Metadata } from "next";
import { PositionDetails, positionIdFrom, positionMetadata } from "@/app/(site)/positions/[id]/position-details";
import { dependsOn } from "@/server/cache/depends-on";
import { viewTags } from "@/server/cache/view-tags";

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

export async function generateMetadata({ params }: PageProps<"/positions/[id]/view">): Promise<Metadata> {
  return positionMetadata(await readerView(params));
}

export default async function CachedPositionPage({ params }: PageProps<"/positions/[id]/view">) {
  return <PositionDetails {...await readerView(params)} />;
}
