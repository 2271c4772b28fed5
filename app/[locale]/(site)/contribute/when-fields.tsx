import { useTranslations } from "next-intl";
import { DATE_PRECISIONS, type DatePrecision } from "@/db/enums";
import { EARLIEST_STATED_ON } from "@/server/schemas/proposals";
import { isCalendarDate } from "@/server/shared/dates";
import { periodEnd } from "@/server/shared/stated-on";
import { Field, inputClass } from "@/app/_components/field";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { DATE_FORMAT } from "./end-fields";
import { type FieldErrors, type ProposalValues } from "./proposal-values";

export type EventChoice = { slug: string; name: string; startDate: string; endDate: string };

type WhenValues = Pick<ProposalValues, "event" | "statedOn" | "datePrecision">;

type Props = {
  values: WhenValues;
  errors: FieldErrors;
  events: EventChoice[];
  /** An edit keeps the date stated. */
  editing: boolean;
  today: string;
  onChange: <K extends keyof WhenValues>(key: K, value: ProposalValues[K]) => void;
  /** Choosing an event also dates a new position on its first day, unless a date is already typed. */
  onEventChange: (slug: string, event: EventChoice | undefined) => void;
};

type HintProps = { values: WhenValues; chosenEvent: EventChoice | undefined; editing: boolean; onFirstDay: () => void };

/** How the date reads back (the hint under "Date stated"): the chosen event's dates, or how a precision counts it. */
function DateHint({ values, chosenEvent, editing, onFirstDay }: HintProps) {
  const t = useTranslations("contribute.when");
  const { day, statedOn: shown } = useDates();
  const storedText = useStoredText();
  const { statedOn, datePrecision } = values;
  if (chosenEvent && !editing)
    return (
      <>
        {t.rich("eventRan", {
          event: () => <span {...storedText}>{chosenEvent.name}</span>,
          start: day(chosenEvent.startDate),
          end: day(chosenEvent.endDate),
        })}{" "}
        {statedOn !== chosenEvent.startDate && (
          <button type="button" className="underline" onClick={onFirstDay}>
            {t("useFirstDay")}
          </button>
        )}
      </>
    );
  if (datePrecision === "on_or_before" && isCalendarDate(statedOn))
    return t("shownUpperBound", { date: shown(statedOn, "on_or_before") });
  if (datePrecision !== "day" && isCalendarDate(statedOn)) {
    const end = periodEnd(statedOn, datePrecision);
    return t("shownPeriod", { shown: shown(end, datePrecision), date: day(end), precision: datePrecision });
  }
  return t("statedOnHint", { format: DATE_FORMAT });
}

/** Where and when: the event (optional), the date stated and how precise the source is about it. */
export function WhenFields({ values, errors, events, editing, today, onChange, onEventChange }: Props) {
  const t = useTranslations("contribute.when");
  const { day } = useDates();
  const chosenEvent = events.find((e) => e.slug === values.event);
  return (
    <div className="grid gap-5 sm:grid-cols-[1fr_1fr_auto]">
      <Field id="event" label={t("event")} error={errors.event} hint={t("eventHint")}>
        {(control) => (
          <select
            {...control}
            value={values.event}
            onChange={(e) =>
              onEventChange(
                e.target.value,
                events.find((ev) => ev.slug === e.target.value),
              )
            }
            className={inputClass(errors.event)}
          >
            <option value="">{t("noEvent")}</option>
            {events.map((ev) => (
              <option key={ev.slug} value={ev.slug}>
                {t("eventOption", { name: ev.name, date: day(ev.startDate) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="statedOn"
        label={t("statedOn")}
        error={errors.statedOn}
        hint={
          <DateHint
            values={values}
            chosenEvent={chosenEvent}
            editing={editing}
            onFirstDay={() => chosenEvent && onChange("statedOn", chosenEvent.startDate)}
          />
        }
      >
        {(control) => (
          <input
            {...control}
            type="date"
            min={EARLIEST_STATED_ON}
            max={today}
            readOnly={editing}
            value={values.statedOn}
            onChange={(e) => onChange("statedOn", e.target.value)}
            className={inputClass(errors.statedOn)}
          />
        )}
      </Field>
      <Field id="datePrecision" label={t("precision")} error={errors.datePrecision} hint={t("precisionHint")}>
        {(control) => (
          <select
            {...control}
            value={values.datePrecision}
            onChange={(e) => onChange("datePrecision", e.target.value as DatePrecision)}
            className={inputClass(errors.datePrecision)}
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {t("precisionOption", { precision })}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
