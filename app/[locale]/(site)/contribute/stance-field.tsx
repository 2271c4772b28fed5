"use client";

import { useTranslations } from "next-intl";
import { STANCES, type Stance } from "@/db/enums";
import { type Poles } from "@/server/shared/stance-meaning";
import { Field, inputClass } from "@/app/_components/field";
import { useStoredText } from "@/app/_components/use-stored-text";
import { StanceBadge } from "../matrix/stance-badge";

type Props = { value: Stance | ""; topic: Poles | undefined; error?: string; onChange: (stance: Stance | "") => void };

/** A pole's sentence as a clause's end: a lower-case first word (not an acronym: "IXPs" stays), as server/shared/stance-meaning.ts writes it. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** What a stance means for a topic, from its two poles (the topic's own words, stored in English). */
function StanceMeaning({ stance, topic }: { stance: Stance; topic: Poles }) {
  const t = useTranslations("contribute.stance");
  const storedText = useStoredText();
  const pole = (text: string) => <span {...storedText}>{lowerFirst(text)}</span>;
  switch (stance) {
    case "multistakeholder":
      return <span {...storedText}>{topic.multistakeholderPole}</span>;
    case "leans_multistakeholder":
      return t.rich("leansMultistakeholder", { pole: () => pole(topic.multistakeholderPole) });
    case "mixed":
      return t("mixed");
    case "leans_intergovernmental":
      return t.rich("leansIntergovernmental", { pole: () => pole(topic.intergovernmentalPole) });
    case "intergovernmental":
      return <span {...storedText}>{topic.intergovernmentalPole}</span>;
  }
}

/** The five stances, each with what it means for the chosen topic. */
export function StanceField({ value, topic, error, onChange }: Props) {
  const t = useTranslations("contribute.stance");
  const tStance = useTranslations("stance");
  return (
    <Field
      id="stance"
      label={t("label")}
      error={error}
      hint={
        topic ? (
          <dl className="mt-1 grid gap-1 rounded-md border border-slate-200 bg-slate-50 p-3">
            {STANCES.map((stance) => (
              <div
                key={stance}
                className={`grid gap-x-3 sm:grid-cols-[13rem_1fr] ${stance === value ? "font-medium text-slate-900" : ""}`}
              >
                <dt>
                  <StanceBadge stance={stance} />
                </dt>
                <dd>
                  <StanceMeaning stance={stance} topic={topic} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          t("chooseTopic")
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
          <option value="">{t("choose")}</option>
          {STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {tStance(stance)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
