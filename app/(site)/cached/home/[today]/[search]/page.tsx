import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { HomePage } from "@/app/(site)/home-page";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: PageProps<"/cached/home/[today]/[search]">) {
  const { today, search } = await params;
  return <HomePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
