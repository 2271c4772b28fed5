import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { HomePage } from "@/app/(site)/home-page";
import { previewImage } from "@/app/_components/preview-image";

export const metadata = previewImage("/og/matrix", "How governments stand on each topic of Internet governance today", {
  title: "Stance Atlas — where governments stand on Internet governance",
  description: "Where governments stand on multistakeholder versus intergovernmental Internet governance, topic by topic and over time, from what they said, how they voted, what they signed and what they tabled — with the sources.",
});
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedHomePage({ params }: PageProps<"/cached/home/[today]/[search]">) {
  const { today, search } = await params;
  return <HomePage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
