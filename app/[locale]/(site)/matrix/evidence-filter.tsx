"use client";

import { useId } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/db/enums";

// The common choices; any other combination in a shared URL is offered as it is.
const CHOICES: { kinds: EvidenceKind[]; label: EvidenceKind | "own" }[] = [
  { kinds: ["statement"], label: "statement" },
  { kinds: ["vote"], label: "vote" },
  { kinds: ["submission"], label: "submission" },
  { kinds: ["endorsement"], label: "endorsement" },
  { kinds: ["statement", "submission"], label: "own" },
];

const key = (kinds: readonly EvidenceKind[]) => EVIDENCE_KINDS.filter((k) => kinds.includes(k)).join(",");

/** Which kinds of evidence count: a cell shows the newest position known from one of them. */
export function EvidenceFilter({
  value,
  onChange,
}: {
  value: EvidenceKind[] | null;
  onChange: (kinds: EvidenceKind[] | null) => void;
}) {
  const id = useId();
  const t = useTranslations();
  const format = useFormatter();
  const current = value?.length ? key(value) : "";
  const choices = CHOICES.map(({ kinds, label }) => ({ kinds, label: t(`matrix.evidence.${label}`) }));
  if (current && !CHOICES.some((c) => key(c.kinds) === current))
    choices.push({
      kinds: value ?? [],
      label: format.list(
        (value ?? []).map((k) => t(`evidenceKind.${k}`)),
        { type: "unit" },
      ),
    });
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t("matrix.evidence.label")}
      </label>
      <select
        id={id}
        value={current}
        className="field max-w-64"
        onChange={(e) =>
          onChange(e.target.value ? EVIDENCE_KINDS.filter((k) => e.target.value.split(",").includes(k)) : null)
        }
      >
        <option value="">{t("matrix.evidence.all")}</option>
        {choices.map((choice) => (
          <option key={key(choice.kinds)} value={key(choice.kinds)}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
