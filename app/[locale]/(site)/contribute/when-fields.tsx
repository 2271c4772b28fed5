import { DATE_PRECISIONS, type DatePrecision } from "@/db/enums";
import { EARLIEST_STATED_ON } from "@/server/schemas/proposals";
import { formatDate, isCalendarDate } from "@/server/shared/dates";
import { formatStatedOn, periodEnd } from "@/server/shared/stated-on";
import { Field, inputClass } from "@/app/_components/field";
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

const PRECISION_LABEL: Record<DatePrecision, string> = {
  day: "The exact day",
  month: "The month only",
  year: "The year only",
  on_or_before: "On or before this day (an upper bound)",
};

/** How the date reads back (the hint under "Date stated"): the chosen event's dates, or how a precision counts it. */
function dateHint(values: WhenValues, chosenEvent: EventChoice | undefined, editing: boolean, useFirstDay: () => void) {
  const { statedOn, datePrecision } = values;
  if (chosenEvent && !editing)
    return (
      <>
        {chosenEvent.name} ran {formatDate(chosenEvent.startDate)} – {formatDate(chosenEvent.endDate)}.{" "}
        {statedOn !== chosenEvent.startDate && (
          <button type="button" className="underline" onClick={useFirstDay}>
            Use its first day
          </button>
        )}
      </>
    );
  if (datePrecision === "on_or_before" && isCalendarDate(statedOn))
    return `Shown as “${formatStatedOn(statedOn, "on_or_before")}”: counted from that day, never as a change on it.`;
  if (datePrecision !== "day" && isCalendarDate(statedOn))
    return `Shown as ${formatStatedOn(periodEnd(statedOn, datePrecision), datePrecision)}; counted from ${formatDate(periodEnd(statedOn, datePrecision))}, the last day of that ${datePrecision}.`;
  return "The day the government said, voted, tabled or endorsed it (YYYY-MM-DD).";
}

/** Where and when: the event (optional), the date stated and how precise the source is about it. */
export function WhenFields({ values, errors, events, editing, today, onChange, onEventChange }: Props) {
  const chosenEvent = events.find((e) => e.slug === values.event);
  return (
    <div className="grid gap-5 sm:grid-cols-[1fr_1fr_auto]">
      <Field id="event" label="Event" error={errors.event} hint="Optional: the forum where it was said.">
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
            <option value="">None</option>
            {events.map((ev) => (
              <option key={ev.slug} value={ev.slug}>
                {ev.name} ({formatDate(ev.startDate)})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="statedOn"
        label="Date stated"
        error={errors.statedOn}
        hint={dateHint(values, chosenEvent, editing, () => chosenEvent && onChange("statedOn", chosenEvent.startDate))}
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
      <Field id="datePrecision" label="Date precision" error={errors.datePrecision} hint="What the source gives.">
        {(control) => (
          <select
            {...control}
            value={values.datePrecision}
            onChange={(e) => onChange("datePrecision", e.target.value as DatePrecision)}
            className={inputClass(errors.datePrecision)}
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {PRECISION_LABEL[precision]}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
