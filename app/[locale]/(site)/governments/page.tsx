import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { HydrateClient } from "@/app/_trpc/hydrate-client";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { GovernmentsBrowser } from "./governments-browser";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = {
  title: "Governments",
  description: "The 193 UN member states and two observer states, by UN M49 region.",
};

export default async function GovernmentsPage({ params }: PageProps<"/[locale]/governments">) {
  await pageLocale(params);
  await connection();
  void getQueryClient().prefetchQuery(trpc.governments.list.queryOptions());

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Governments</h1>
        <p className="text-slate-700">
          The 193 UN member states and the two observer states, the Holy See and the State of Palestine, grouped by UN
          M49 region.
        </p>
      </header>
      <TRPCReactProvider>
        <HydrateClient>
          <Suspense fallback={<p className="text-slate-600">Loading governments…</p>}>
            <GovernmentsBrowser />
          </Suspense>
        </HydrateClient>
      </TRPCReactProvider>
    </div>
  );
}
