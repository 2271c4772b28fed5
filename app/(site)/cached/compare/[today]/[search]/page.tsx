import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { ComparePage } from "@/app/(site)/compare/compare-page";

export { metadata } from "@/app/(site)/compare/compare-page";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedComparePage({ params }: PageProps<"/cached/compare/[today]/[search]">) {
  const { today, search } = await params;
  return <ComparePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
