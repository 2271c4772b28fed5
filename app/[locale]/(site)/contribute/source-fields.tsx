"use client";

import { SOURCES_MAX } from "@/server/schemas/proposals";
import { Field, inputClass } from "@/app/_components/field";
import { type FieldErrors } from "./proposal-values";

type Props = { sources: string[]; errors: FieldErrors; onChange: (sources: string[]) => void };

/** One or more source URLs: the first is labelled "Source URL", the rest are numbered; rows can be added and removed. */
export function SourceFields({ sources, errors, onChange }: Props) {
  const set = (row: number, value: string) => onChange(sources.map((s, i) => (i === row ? value : s)));
  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">Sources</legend>
      {sources.map((source, row) => (
        <div key={row} className="flex items-end gap-2">
          <div className="grow">
            <Field
              id={row === 0 ? "source-0" : `source-${row}`}
              label={row === 0 ? "Source URL" : `Source URL ${row + 1}`}
              error={errors[`sources.${row}`] ?? (row === 0 ? errors.sources : undefined)}
              hint={
                row === 0
                  ? "A web page that documents the statement: a report, transcript or official text."
                  : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="url"
                  inputMode="url"
                  value={source}
                  onChange={(e) => set(row, e.target.value)}
                  placeholder="https://"
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
              aria-label={`Remove source URL ${row + 1}`}
            >
              Remove
            </button>
          )}
        </div>
      ))}
      {sources.length < SOURCES_MAX && (
        <button type="button" className="btn-secondary" onClick={() => onChange([...sources, ""])}>
          Add another source
        </button>
      )}
    </fieldset>
  );
}
