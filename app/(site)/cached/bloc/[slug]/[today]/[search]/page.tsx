import type { Metadata } from "next";
import { dayFromKey, searchFromKey } from "@/server/cache/cached-route";
import { BlocPage, blocMetadata } from "@/app/(site)/blocs/bloc-page";
import { loadCompareParams } from "@/app/(site)/compare/search-params";

export const revalidate = false;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

async function props(params: PageProps<"/cached/bloc/[slug]/[today]/[search]">["params"]) {
  const { slug, today, search } = await params;
  return { slug, today: dayFromKey(today), at: loadCompareParams(new URLSearchParams(searchFromKey(search))).at };
}

export async function generateMetadata({ params }: PageProps<"/cached/bloc/[slug]/[today]/[search]">): Promise<Metadata> {
  return blocMetadata(await props(params));
}

export default async function CachedBlocPage({ params }: PageProps<"/cached/bloc/[slug]/[today]/[search]">) {
  return <BlocPage {...await props(params)} />;
}
