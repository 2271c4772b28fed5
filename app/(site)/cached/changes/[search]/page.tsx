import type { Metadata } from "next";
import { searchFromKey } from "@/server/cache/cached-route";
import { ChangesPage, changesMetadata } from "@/app/(site)/changes/changes-page";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/cached/changes/[search]">): Promise<Metadata> {
  return changesMetadata(searchFromKey((await params).search));
}

export default async function CachedChangesPage({ params }: PageProps<"/cached/changes/[search]">) {
  return <ChangesPage search={searchFromKey((await params).search)} />;
}
