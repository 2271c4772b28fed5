import { dayFromKey } from "@/server/cache/cached-route";
import { DataPage } from "@/app/(site)/data/data-page";

export { metadata } from "@/app/(site)/data/data-page";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedDataPage({ params }: PageProps<"/cached/data/[today]">) {
  dayFromKey((await params).today);
  return <DataPage />;
}
