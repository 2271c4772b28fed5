import type { Metadata } from "next";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { NotAllowed } from "@/app/_components/not-allowed";
import { PageTitle } from "@/app/_components/page-title";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { type FieldSpec } from "../reference-form";
import { ReferenceList } from "../reference-list";
import { pageLocale } from "@/server/i18n/page-locale";

export const metadata: Metadata = { title: "Events" };

const FIELDS: FieldSpec[] = [
  { name: "slug", label: "Slug", hint: "Cannot change once positions name the event." },
  { name: "name", label: "Name" },
  { name: "place", label: "Place" },
  { name: "startDate", label: "Start date", type: "date" },
  { name: "endDate", label: "End date", type: "date" },
];

export default async function AdminEventsPage({ params }: PageProps<"/[locale]/admin/events">) {
  await pageLocale(params);
  await connection();
  if (!(await pageActor("admin", "/admin/events"))) return <NotAllowed role="admin" what="edit events" />;
  const events = await getQueryClient().fetchQuery(trpc.referenceAdmin.events.queryOptions());
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Events" title="Events" />
      <ReferenceList
        kind="event"
        label="Events"
        fields={FIELDS}
        items={events.map(({ slug, name, place, startDate, endDate, retired, positions }) => ({
          slug,
          retired,
          values: { slug, name, place, startDate, endDate },
          summary: (
            <>
              <span className="font-semibold">{name}</span> <code className="text-sm text-slate-600">{slug}</code> ·{" "}
              {place}, {formatDate(startDate)} · named by {positions} revisions
            </>
          ),
        }))}
      />
    </div>
  );
}
