import type { Metadata } from "next";
import { searchFromKey } from "@/server/cache/cached-route";
import { LogPage, logMetadata } from "@/app/(site)/log/log-page";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/cached/log/[search]">): Promise<Metadata> {
  return logMetadata(searchFromKey((await params).search));
}

export default async function CachedLogPage({ params }: PageProps<"/cached/log/[search]">) {
  return <LogPage search={searchFromKey((await params).search)} />;
}
