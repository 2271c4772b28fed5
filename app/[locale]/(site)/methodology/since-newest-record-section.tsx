import { EVENTS_CODING_NOBODY } from "@/db/seed-data/events";
import Link from "@/app/_components/link";
import { PageSection } from "@/app/_components/page-section";
import { StatedOn } from "@/app/_components/stated-on";
import { formatDate, formatPeriod } from "@/server/shared/dates";
import { type EventWithoutRecord, type RecordCurrency } from "@/server/services/record-currency";
import { TopicCurrencyTable } from "./topic-currency-table";
import { section } from "./sections";

/** Why an event has nothing on record: the method's reason, or that it came after the newest position, or that nothing from it is coded yet. */
function why(event: EventWithoutRecord, newest: string | null): string {
  const reason = EVENTS_CODING_NOBODY[event.slug];
  if (reason) return reason;
  if (newest !== null && event.startDate > newest)
    return "After our newest position: nothing from it is on record yet.";
  return "No position from it is on record.";
}

/** How far the record reaches: the newest position, the events it has nothing from, and each topic's newest evidence. */
export function SinceNewestRecordSection({ currency }: { currency: RecordCurrency }) {
  const { newest, newestEnd, events } = currency;
  return (
    <PageSection {...section("since-newest-record")}>
      <p className="text-slate-700">
        {newest ? (
          <>
            Our newest position is dated <StatedOn date={newest.date} precision={newest.precision} />.
          </>
        ) : (
          "No position is on record yet."
        )}
        {newestEnd && <> The newest end of a position (a membership left) is dated {formatDate(newestEnd)}.</>} Anything
        a government said, voted, signed or tabled since is not on record here until someone records it with its source.
      </p>
      <h3 className="text-lg font-semibold">Events with nothing on record</h3>
      {events.length === 0 ? (
        <p className="text-slate-700">
          Every event in the database has positions on record, and none is newer than our newest position.
        </p>
      ) : (
        <ul
          className="list-disc space-y-1 ps-5 text-slate-700"
          aria-label="Events with nothing on record, newest first"
        >
          {events.map((event) => (
            <li key={event.slug}>
              <Link href={`/events/${event.slug}`} className="underline">
                {event.name}
              </Link>{" "}
              ({event.place}, {formatPeriod(event.startDate, event.endDate)}). {why(event, newest?.date ?? null)}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-lg font-semibold">How recent each topic&apos;s evidence is</h3>
      <TopicCurrencyTable topics={currency.topics} />
    </PageSection>
  );
}
