import { dayFromKey } from "@/server/cache/cached-route";
import { BlocsPage } from "@/app/(site)/blocs/blocs-page";

export { metadata } from "@/app/(site)/blocs/blocs-page";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedBlocsPage({ params }: PageProps<"/cached/blocs/[today]">) {
  return <BlocsPage today={dayFromKey((await params).today)} />;
}
