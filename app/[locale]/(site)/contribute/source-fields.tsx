"use client";

import { useTranslations } from "next-intl";
import { SOURCES_MAX } from "@/server/schemas/proposals";
import { Field, inputClass } from "@/app/_components/field";
import { URL_PLACEHOLDER } from "./end-fields";
import { type FieldErrors } from "./proposal-values";

type Props = { sources: string[]; errors: FieldErrors; onChange: (sources: string[]) => void };

/** One or more source URLs: the first is labelled "Source URL", the rest are numbered; rows can be added and removed. */
export function SourceFields({ sources, errors, onChange }: Props) {
  const t = useTranslations("contribute.sources");
  const set = (row: number, value: string) => onChange(sources.map((s, i) => (i === row ? value : s)));
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">{t("legend")}</legend>
      {sources.map((source, row) => (
        <div key={row} className="flex items-end gap-2">
          <div className="grow">
            <Field
              id={row === 0 ? "source-0" : `source-${row}`}
              label={row === 0 ? t("url") : t("urlNumbered", { number: row + 1 })}
              error={errors[`sources.${row}`] ?? (row === 0 ? errors.sources : undefined)}
              hint={row === 0 ? t("hint") : undefined}
            >
              {(control) => (
                <input
                  {...control}
                  type="url"
                  inputMode="url"
                  value={source}
                  onChange={(e) => set(row, e.target.value)}
                  placeholder={URL_PLACEHOLDER}
                  className={inputClass(errors[`sources.${row}`])}
                />
              )}
            </Field>
          </div>
          {row > 0 && (
            <button
              type="button"
              className="btn-secondary mb-0.5"
              onClick={() => onChange(sources.filter((_, i) => i !== row))}
              aria-label={t("removeLabel", { number: row + 1 })}
            >
              {t("remove")}
            </button>
          )}
        </div>
      ))}
      {sources.length < SOURCES_MAX && (
        <button type="button" className="btn-secondary" onClick={() => onChange([...sources, ""])}>
          {t("add")}
        </button>
      )}
    </fieldset>
  );
}
