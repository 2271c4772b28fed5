"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { isCalendarDate } from "@/server/shared/dates";
import { type TimeStop } from "@/server/shared/timeline";
import { type DatePrecision } from "@/db/enums";
import { StatedOn } from "@/app/_components/stated-on";
import { useDates } from "@/app/_components/use-dates";

type Props = {
  at: string;
  stops: TimeStop[];
  /** The newest date stated in the record shown (null with none): a later date shows nothing newer. */
  newest: { date: string; precision: DatePrecision } | null;
  onChange: (date: string) => void;
};

/** Steps through events and years (with play), or takes any date; says how far the record reaches. */
export function TimeControl({ at, stops, newest, onChange }: Props) {
  const t = useTranslations("matrix.time");
  const { day } = useDates();
  // A stop's name: an event's or a year, or "Today" in the page's language.
  const labelOf = (s: TimeStop) => (s.kind === "today" ? t("today") : s.label);
  const [playing, setPlaying] = useState(false);
  const dateId = useId();
  const sliderId = useId();
  // The stop at or before the current date (the first stop when the date precedes them all).
  const index = Math.max(
    0,
    stops.findLastIndex((s) => s.date <= at),
  );
  const stop = stops[index];

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = stops[index + 1];
      if (next) onChange(next.date);
      else setPlaying(false);
    }, 1200);
    return () => clearTimeout(timer);
  }, [playing, index, stops, onChange]);

  // Years (and today) are labelled under the slider, but never two side by side: the second becomes a dot.
  const labelled = stops.reduce<boolean[]>((shown, s, i) => [...shown, s.kind !== "event" && !shown[i - 1]], []);

  const step = (delta: number) => {
    const target = stops[index + delta];
    if (target) onChange(target.date);
  };
  const play = () => {
    if (index >= stops.length - 1 && stops[0]) onChange(stops[0].date);
    setPlaying((p) => !p);
  };

  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-2 sm:p-3">
      <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex gap-1">
          <button
            type="button"
            onClick={() => step(-1)}
            disabled={index === 0 && at <= (stops[0]?.date ?? at)}
            className="btn-secondary"
            aria-label={t("previous")}
          >
            {/* The arrows point the way time runs on the slider: leftwards in Arabic. */}
            <span className="inline-block rtl:-scale-x-100">◀</span>
          </button>
          <button type="button" onClick={play} className="btn-secondary min-w-16 sm:min-w-20" aria-pressed={playing}>
            {playing ? t("pause") : t("play")}
          </button>
          <button
            type="button"
            onClick={() => step(1)}
            disabled={index >= stops.length - 1}
            className="btn-secondary"
            aria-label={t("next")}
          >
            <span className="inline-block rtl:-scale-x-100">▶</span>
          </button>
        </div>
        <div className="flex min-w-40 flex-1 flex-col">
          <label htmlFor={sliderId} className="sr-only">
            {t("stop")}
          </label>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={Math.max(0, stops.length - 1)}
            value={index}
            onChange={(e) => {
              const target = stops[Number(e.target.value)];
              if (target) onChange(target.date);
            }}
            aria-valuetext={stop ? `${labelOf(stop)}, ${day(stop.date)}` : undefined}
            className="w-full accent-slate-800"
          />
          <p className="text-xs font-medium text-slate-700" aria-hidden="true">
            {stop ? `${labelOf(stop)} · ${day(stop.date)}` : ""}
          </p>
          {/* One tick per stop, where the slider puts it: years are labelled, events are dots (their names show when chosen). */}
          <div className="hidden justify-between text-xs text-slate-500 sm:flex" aria-hidden="true">
            {stops.map((s, i) => (
              <span
                key={s.date}
                title={`${labelOf(s)}, ${day(s.date)}`}
                className={`w-0 overflow-visible text-center whitespace-nowrap ${s.date === stop?.date ? "font-semibold text-slate-900" : ""}`}
              >
                <span className="inline-block -translate-x-1/2 rtl:translate-x-1/2">
                  {labelled[i] ? labelOf(s) : "•"}
                </span>
              </span>
            ))}
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <label htmlFor={dateId} className="text-sm font-medium">
            {t("asOf")}
          </label>
          <input
            id={dateId}
            type="date"
            value={at}
            min="1990-01-01"
            onChange={(e) => isCalendarDate(e.target.value) && onChange(e.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1"
          />
          {newest && (
            <p className="text-xs text-slate-600">
              {t.rich("newest", { date: () => <StatedOn date={newest.date} precision={newest.precision} /> })}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
