import type { Metadata } from "next";
import { connection } from "next/server";
import { PageTitle } from "@/app/_components/page-title";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatStatedOn } from "@/server/shared/stated-on";
import { StanceBadge } from "../../../matrix/stance-badge";
import { positionIdFrom } from "../position-details";
import { FlagForm } from "./flag-form";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Flag a position", robots: { index: false } };

/** `/positions/[id]/flag`: a signed-in reader flags a published position as possibly wrong. */
export default async function FlagPage({ params }: PageProps<"/[locale]/positions/[id]/flag">) {
  await pageLocale(params);
  await connection();
  const id = positionIdFrom((await params).id);
  await pageActor("contributor", `/positions/${id}/flag`);
  const record = await orNotFound(getQueryClient().fetchQuery(readerTrpc.positions.record.queryOptions({ id })));
  const current = record.revisions.find((r) => r.current);
  return (
    <div className="space-y-6">
      <PageTitle
        parent={{ href: `/positions/${id}`, label: `Position #${id}` }}
        current="Flag"
        title="Flag a position as possibly wrong"
      />
      <section className="max-w-2xl space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="flex flex-wrap items-center gap-3 font-semibold">
          {record.government.name} on “{record.topic.title}”,{" "}
          {formatStatedOn(record.statedOn, current?.datePrecision ?? "day")}{" "}
          {current && <StanceBadge stance={current.stance} />}
        </h2>
        {current && <p className="text-slate-800">{current.summary}</p>}
        {record.contestedNote && <ContestedNotice note={record.contestedNote} />}
      </section>
      <TRPCReactProvider>
        <FlagForm positionId={id} />
      </TRPCReactProvider>
    </div>
  );
}
