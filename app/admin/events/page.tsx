import type { Metadata } from "next";
import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { formatDate } from "@/server/shared/dates";
import { NotAllowed } from "../../_components/not-allowed";
import { PageTitle } from "../../_components/page-title";
import { getQueryClient, trpc } from "../../_trpc/server";
import { type FieldSpec, ReferenceForm, RetireButton } from "../reference-form";

export const metadata: Metadata = { title: "Events" };

const FIELDS: FieldSpec[] = [
  { name: "slug", label: "Slug", hint: "Cannot change once positions name the event." },
  { name: "name", label: "Name" },
  { name: "place", label: "Place" },
  { name: "startDate", label: "Start date", type: "date" },
  { name: "endDate", label: "End date", type: "date" },
];
const EMPTY = Object.fromEntries(FIELDS.map((f) => [f.name, ""]));

export default async function AdminEventsPage() {
  await connection();
  if (!(await pageActor("admin", "/admin/events"))) return <NotAllowed role="admin" what="edit events" />;
  const events = await getQueryClient().fetchQuery(trpc.referenceAdmin.events.queryOptions());
  return (
    <div className="max-w-4xl space-y-6">
      <PageTitle parent={{ href: "/admin", label: "Administration" }} current="Events" title="Events" />
      <details className="rounded-lg border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">New event</summary>
        <div className="mt-3">
          <ReferenceForm kind="event" fields={FIELDS} initial={EMPTY} />
        </div>
      </details>
      <ul className="space-y-3" aria-label="Events">
        {events.map((event) => (
          <li key={event.slug} className="rounded-lg border border-slate-200 bg-white p-4">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{event.name}</span> <code className="text-sm text-slate-600">{event.slug}</code> · {event.place}, {formatDate(event.startDate)} ·{" "}
                {event.positions} revisions
                {event.retired && <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold">Retired</span>}
              </summary>
              <div className="mt-3 space-y-3">
                <ReferenceForm kind="event" fields={FIELDS} initial={{ slug: event.slug, name: event.name, place: event.place, startDate: event.startDate, endDate: event.endDate }} originalSlug={event.slug} />
                <RetireButton kind="event" slug={event.slug} retired={event.retired} />
              </div>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
