import type { Metadata } from "next";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { TopicEmbed } from "@/app/(embed)/topic-embed";
import { loadEmbedParams } from "@/app/(embed)/search-params";

export const metadata: Metadata = { title: "Topic (embed)" };
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedTopicEmbed({ params }: PageProps<"/cached/embed/topic/[slug]/[today]/[search]">) {
  const { slug, today, search } = await params;
  const { tab, at } = loadEmbedParams(new URLSearchParams(searchFromKey(search)));
  return <TopicEmbed slug={slug} today={dayFromKey(today)} tab={tab} at={at} />;
}
