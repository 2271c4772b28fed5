"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { MAX_COMPARED } from "@/server/shared/compare-limits";
import { AsOfForm } from "@/app/_components/as-of-form";
import { localizeHref } from "@/server/i18n/locales";
import { serializeCompareParams } from "@/server/shared/url-state/compare";

/** A government as the picker offers it: its name in the page's language, and its English name, also found by. */
export type PickerGovernment = { iso3: string; name: string; english: string };
type Props = { governments: PickerGovernment[]; chosen: string[]; at: string | null; today: string };

/** Finds a government by its name (in the page's language or in English) or ISO code, as typed (any case, spaces around ignored). */
const find = (governments: PickerGovernment[], typed: string, locale: string) => {
  const needle = typed.trim().toLocaleLowerCase(locale);
  return governments.find(
    (g) =>
      g.name.toLocaleLowerCase(locale) === needle ||
      g.english.toLocaleLowerCase("en") === needle ||
      g.iso3.toLowerCase() === needle,
  );
};

/**
 * The governments compared (a chip each, with a remove button) and a searchable field to add one
 * (a list of every government's name as suggestions); the date. Every change is a new URL.
 */
export function GovernmentPicker({ governments, chosen, at, today }: Props) {
  const id = useId();
  const t = useTranslations("comparePicker");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const name = (iso3: string) => governments.find((g) => g.iso3 === iso3)?.name ?? iso3;
  const go = (next: { governments: string[]; at: string | null }) =>
    startTransition(() =>
      router.push(
        localizeHref(
          locale,
          `/compare${serializeCompareParams({ governments: next.governments.length ? next.governments : null, at: next.at })}`,
        ),
      ),
    );

  function add(event: React.FormEvent) {
    event.preventDefault();
    const found = find(governments, typed, locale);
    if (!found) return setError(typed.trim() ? t("unknown", { typed: typed.trim() }) : t("empty"));
    if (chosen.includes(found.iso3)) return setError(t("already", { name: found.name }));
    setError(null);
    setTyped("");
    go({ governments: [...chosen, found.iso3], at });
  }

  const full = chosen.length >= MAX_COMPARED;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending}>
      <ul className="flex flex-wrap gap-2" aria-label={t("chosen")}>
        {chosen.map((iso3) => (
          <li
            key={iso3}
            className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-50 py-1 ps-3 pe-1 text-sm"
          >
            {name(iso3)}
            <button
              type="button"
              className="rounded-full px-2 text-slate-600 hover:bg-slate-200 hover:text-slate-900"
              aria-label={t("remove", { name: name(iso3) })}
              onClick={() => go({ governments: chosen.filter((code) => code !== iso3), at })}
            >
              ×
            </button>
          </li>
        ))}
        {chosen.length === 0 && <li className="text-sm text-slate-600">{t("none")}</li>}
      </ul>
      <div className="flex flex-wrap items-end gap-3">
        <form onSubmit={add} className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-government`} className="text-sm font-medium">
              {t("government")}
            </label>
            <input
              id={`${id}-government`}
              list={`${id}-governments`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={full ? t("full", { max: MAX_COMPARED }) : t("placeholder")}
              disabled={full}
              aria-describedby={error ? `${id}-error` : undefined}
              className="field w-64"
              autoComplete="off"
            />
            <datalist id={`${id}-governments`}>
              {governments
                .filter((g) => !chosen.includes(g.iso3))
                .map((g) => (
                  <option key={g.iso3} value={g.name} />
                ))}
            </datalist>
          </div>
          <button type="submit" className="btn-primary" disabled={full || pending}>
            {t("add")}
          </button>
        </form>
        <AsOfForm
          path="/compare"
          query={chosen.length ? { governments: chosen.join(",") } : {}}
          at={at}
          today={today}
        />
        {pending && (
          <span role="status" className="text-sm text-slate-600">
            {t("loading")}
          </span>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
