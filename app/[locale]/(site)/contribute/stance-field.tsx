"use client";

import { STANCE_LABEL, type Stance } from "@/db/enums";
import { type Poles, stanceMeanings } from "@/server/shared/stance-meaning";
import { Field, inputClass } from "@/app/_components/field";
import { StanceBadge } from "../matrix/stance-badge";

type Props = { value: Stance | ""; topic: Poles | undefined; error?: string; onChange: (stance: Stance | "") => void };

/** The five stances, each with what it means for the chosen topic. */
export function StanceField({ value, topic, error, onChange }: Props) {
  const meanings = topic ? stanceMeanings(topic) : null;
  return (
    <Field
      id="stance"
      label="Stance"
      error={error}
      hint={
        meanings ? (
          <dl className="mt-1 grid gap-1 rounded-md border border-slate-200 bg-slate-50 p-3">
            {meanings.map(({ stance, meaning }) => (
              <div
                key={stance}
                className={`grid gap-x-3 sm:grid-cols-[13rem_1fr] ${stance === value ? "font-medium text-slate-900" : ""}`}
              >
                <dt>
                  <StanceBadge stance={stance} />
                </dt>
                <dd>{meaning}</dd>
              </div>
            ))}
          </dl>
        ) : (
          "Choose a topic to see what each stance means for it."
        )
      }
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value as Stance | "")}
          className={inputClass(error)}
        >
          <option value="">Choose a stance…</option>
          {Object.entries(STANCE_LABEL).map(([stance, label]) => (
            <option key={stance} value={stance}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
