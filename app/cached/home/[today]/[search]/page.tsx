import { dayFromKey, searchFromKey } from "../../../cached-route";
import { HomePage } from "@/app/home-page";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: PageProps<"/cached/home/[today]/[search]">) {
  const { today, search } = await params;
  return <HomePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
