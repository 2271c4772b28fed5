"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { EARLIEST_DATE } from "@/server/shared/dates";
import { localizeHref } from "@/server/i18n/locales";
import { useDates } from "./use-dates";

type Props = {
  /** The page's path, and the rest of its query, kept as they are. */
  path: string;
  query?: Record<string, string>;
  at: string | null;
  today: string;
};

/** "As of" a date: a date field and a Show button that go to the page for that date (today: no date in the URL). */
export function AsOfForm({ path, query = {}, at, today }: Props) {
  const id = useId();
  const t = useTranslations("asOf");
  const locale = useLocale();
  const { day } = useDates();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [date, setDate] = useState(at ?? today);
  const [error, setError] = useState<string | null>(null);

  function show(event: React.FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date < EARLIEST_DATE || date > today)
      return setError(t("outOfRange", { earliest: day(EARLIEST_DATE) }));
    setError(null);
    const params = new URLSearchParams(query);
    if (date !== today) params.set("at", date);
    const search = params.toString().replaceAll("%2C", ",");
    startTransition(() => router.push(localizeHref(locale, `${path}${search ? `?${search}` : ""}`)));
  }

  return (
    <form onSubmit={show} className="flex flex-wrap items-end gap-2" aria-busy={pending}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-at`} className="text-sm font-medium">
          {t("label")}
        </label>
        <input
          id={`${id}-at`}
          type="date"
          value={date}
          min={EARLIEST_DATE}
          max={today}
          onChange={(e) => setDate(e.target.value)}
          className="field"
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" className="btn-secondary" disabled={pending}>
        {t("show")}
      </button>
      {pending && (
        <span role="status" className="text-sm text-slate-600">
          {t("loading")}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
