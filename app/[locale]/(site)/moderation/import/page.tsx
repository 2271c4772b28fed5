import type { Metadata } from "next";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { EVIDENCE_KINDS } from "@/db/enums";
import { IMPORT_HEADER } from "@/server/schemas/import-row";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { ImportForm } from "./import-form";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Import positions" };

export default async function ImportPage({ params }: PageProps<"/[locale]/moderation/import">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("moderator", "/moderation/import")))
    return <NotAllowed role="moderator" what="import positions" />;
  return (
    <div className="max-w-3xl space-y-6">
      <PageTitle
        parent={{ href: "/moderation", label: "Moderation" }}
        current="Import"
        title="Import positions from a CSV file"
      />
      <div className="space-y-2 text-slate-700">
        <p>
          A UTF-8 CSV file under 10 MB with this header:{" "}
          <code className="rounded bg-slate-100 px-1 text-sm">{IMPORT_HEADER.join(",")}</code>, plus the optional{" "}
          <code>evidence</code> and <code>date_precision</code> columns. Columns may come in any order;{" "}
          <code>event</code>, <code>quote</code>, <code>evidence</code> and <code>date_precision</code> may be left out;
          an unknown column is refused by name.
        </p>
        <p>
          <code>government</code> is an ISO alpha-3 code, <code>topic</code> and <code>event</code> are slugs,{" "}
          <code>stated_on</code> is YYYY-MM-DD (or YYYY-MM, or YYYY, for a month or a year), <code>source_url</code>{" "}
          holds one or more URLs separated by spaces; <code>evidence</code> is {EVIDENCE_KINDS.join(", ")} (empty:
          statement); <code>date_precision</code> is day, month or year (empty: what <code>stated_on</code> gives). A
          month or a year counts from its last day. Every row is checked before anything is written, and the import is
          all or nothing. A row that matches an existing position with the same content changes nothing, so importing a
          file twice is harmless.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
