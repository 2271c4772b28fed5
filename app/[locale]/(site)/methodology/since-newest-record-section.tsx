import { useTranslations } from "next-intl";
import { EVENTS_CODING_NOBODY } from "@/db/seed-data/events";
import Link from "@/app/_components/link";
import { StatedOn } from "@/app/_components/stated-on";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type EventWithoutRecord, type RecordCurrency } from "@/server/services/record-currency";
import { MethodSection } from "./method-section";
import { TopicCurrencyTable } from "./topic-currency-table";

/** How far the record reaches: the newest position, the events it has nothing from, and each topic's newest evidence. */
export function SinceNewestRecordSection({ currency }: { currency: RecordCurrency }) {
  const t = useTranslations("methodology.since");
  const { day, period } = useDates();
  const storedText = useStoredText();
  const { newest, newestEnd, events } = currency;
  /** Why an event has nothing on record: the method's reason (stored English), or that it came after the newest position, or that nothing from it is coded yet. */
  const why = (event: EventWithoutRecord) => {
    const reason = EVENTS_CODING_NOBODY[event.slug];
    if (reason) return <span {...storedText}>{reason}</span>;
    return newest && event.startDate > newest.date ? t("afterNewest") : t("nothingFrom");
  };
  return (
    <MethodSection id="since-newest-record">
      <p className="text-slate-700">
        {t.rich("newest", {
          newest: newest ? "yes" : "no",
          date: () => newest && <StatedOn date={newest.date} precision={newest.precision} />,
          ended: newestEnd ? "yes" : "no",
          end: newestEnd ? day(newestEnd) : "",
        })}
      </p>
      <h3 className="text-lg font-semibold">{t("eventsTitle")}</h3>
      {events.length === 0 ? (
        <p className="text-slate-700">{t("noEvents")}</p>
      ) : (
        <ul className="list-disc space-y-1 ps-5 text-slate-700" aria-label={t("eventsName")}>
          {events.map((event) => (
            <li key={event.slug}>
              {t.rich("event", {
                name: () => (
                  <Link href={`/events/${event.slug}`} className="underline" {...storedText}>
                    {event.name}
                  </Link>
                ),
                place: () => <span {...storedText}>{event.place}</span>,
                period: period(event.startDate, event.endDate),
                why: () => why(event),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3 className="text-lg font-semibold">{t("topicsTitle")}</h3>
      <TopicCurrencyTable topics={currency.topics} />
    </MethodSection>
  );
}
