import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";

import { MatrixPage, matrixMetadata } from "@/app/(site)/matrix/matrix-page";
export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/cached/matrix/[today]/[search]">) {
  return matrixMetadata(searchFromKey((await params).search));
}

export default async function CachedMatrixPage({ params }: PageProps<"/cached/matrix/[today]/[search]">) {
  const { today, search } = await params;
  return <MatrixPage today={dayFromKey(today)} search={searchFromKey(search)} />;
}
