import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/app/_components/client-messages";
import { PageTitle } from "@/app/_components/page-title";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { StatedOn } from "@/app/_components/stated-on";
import { storedTextIn } from "@/app/_components/use-stored-text";
import { orNotFound } from "@/app/_trpc/or-not-found";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { getQueryClient, readerTrpc } from "@/app/_trpc/server";
import { pageActor } from "@/server/auth/page-actor";
import { withNameIn } from "@/server/i18n/government-names";
import { localizeHref } from "@/server/i18n/locales";
import { StanceBadge } from "../../../matrix/stance-badge";
import { positionIdFrom } from "../position-details";
import { FlagForm } from "./flag-form";
import { pageLocale } from "@/server/i18n/page-locale";

export async function generateMetadata({ params }: PageProps<"/[locale]/positions/[id]/flag">) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "flag" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/** `/positions/[id]/flag`: a signed-in reader flags a published position as possibly wrong. */
export default async function FlagPage({ params }: PageProps<"/[locale]/positions/[id]/flag">) {
  const locale = await pageLocale(params);
  await connection();
  const id = positionIdFrom((await params).id);
  await pageActor("contributor", localizeHref(locale, `/positions/${id}/flag`));
  const record = await orNotFound(getQueryClient().fetchQuery(readerTrpc.positions.record.queryOptions({ id })));
  const current = record.revisions.find((r) => r.current);
  const [t, tPosition] = await Promise.all([getTranslations("flag"), getTranslations("position")]);
  const stored = storedTextIn(locale);
  return (
    <div className="space-y-6">
      <PageTitle
        parent={{ href: `/positions/${id}`, label: tPosition("breadcrumb", { id }) }}
        current={t("breadcrumb")}
        title={t("title")}
      />
      <section className="max-w-2xl space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="flex flex-wrap items-center gap-3 font-semibold">
          <span>
            {t.rich("position", {
              government: withNameIn(locale, record.government).name,
              topic: () => <span {...stored}>{record.topic.title}</span>,
              date: () => <StatedOn date={record.statedOn} precision={current?.datePrecision ?? "day"} />,
            })}
          </span>{" "}
          {current && <StanceBadge stance={current.stance} />}
        </h2>
        {current && (
          <p className="text-slate-800" {...stored}>
            {current.summary}
          </p>
        )}
        {record.contestedNote && <ContestedNotice note={record.contestedNote} />}
      </section>
      <TRPCReactProvider>
        <ClientMessages namespaces={["flag", "forms"]}>
          <FlagForm positionId={id} />
        </ClientMessages>
      </TRPCReactProvider>
    </div>
  );
}
