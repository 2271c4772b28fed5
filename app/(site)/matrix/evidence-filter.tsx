"use client";

import { useId } from "react";
import { EVIDENCE_KINDS, EVIDENCE_LABEL, type EvidenceKind } from "@/db/enums";

// The common choices; any other combination in a shared URL is offered as it is.
const CHOICES: { kinds: EvidenceKind[]; label: string }[] = [
  { kinds: ["statement"], label: "Statements only" },
  { kinds: ["vote"], label: "Votes only" },
  { kinds: ["submission"], label: "Submissions only" },
  { kinds: ["endorsement"], label: "Endorsements only" },
  { kinds: ["statement", "submission"], label: "Its own texts: statements and submissions" },
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
  const current = value?.length ? key(value) : "";
  const choices =
    current && !CHOICES.some((c) => key(c.kinds) === current)
      ? [...CHOICES, { kinds: value ?? [], label: (value ?? []).map((k) => EVIDENCE_LABEL[k]).join(", ") }]
      : CHOICES;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        Evidence
      </label>
      <select
        id={id}
        value={current}
        className="field max-w-64"
        onChange={(e) =>
          onChange(e.target.value ? EVIDENCE_KINDS.filter((k) => e.target.value.split(",").includes(k)) : null)
        }
      >
        <option value="">All kinds of evidence</option>
        {choices.map((choice) => (
          <option key={key(choice.kinds)} value={key(choice.kinds)}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
