import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { MatrixEmbed } from "@/app/(embed)/matrix-embed";

export const metadata = { title: "Comparison matrix (embed)" };
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export default async function CachedMatrixEmbed({ params }: PageProps<"/cached/embed/matrix/[today]/[search]">) {
  const { today, search } = await params;
  return <MatrixEmbed today={dayFromKey(today)} search={searchFromKey(search)} />;
}
