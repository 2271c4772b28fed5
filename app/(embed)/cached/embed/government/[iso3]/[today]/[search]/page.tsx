import type { Metadata } from "next";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { GovernmentEmbed } from "@/app/(embed)/government-embed";
import { loadEmbedParams } from "@/app/(embed)/search-params";

export const metadata: Metadata = { title: "Government (embed)" };
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedGovernmentEmbed({ params }: PageProps<"/cached/embed/government/[iso3]/[today]/[search]">) {
  const { iso3, today, search } = await params;
  const { at } = loadEmbedParams(new URLSearchParams(searchFromKey(search)));
  return <GovernmentEmbed iso3={iso3} today={dayFromKey(today)} at={at} />;
}
