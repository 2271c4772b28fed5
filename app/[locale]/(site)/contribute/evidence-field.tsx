import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/db/enums";
import { Field, inputClass } from "@/app/_components/field";

/** How the position is known: the four evidence kinds, each with what it means. */
export function EvidenceField({
  value,
  error,
  onChange,
}: {
  value: EvidenceKind;
  error?: string;
  onChange: (value: EvidenceKind) => void;
}) {
  const t = useTranslations("contribute.evidence");
  const tKind = useTranslations("evidenceKind");
  const tMeaning = useTranslations("evidenceMeaning");
  return (
    <Field
      id="evidence"
      label={t("label")}
      error={error}
      hint={t.rich("hint", {
        link: (chunks) => (
          <Link className="underline" href="/methodology#evidence" target="_blank">
            {chunks}
          </Link>
        ),
      })}
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(e) => onChange(e.target.value as EvidenceKind)}
          className={inputClass(error)}
        >
          {EVIDENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t("option", { kind: tKind(kind), meaning: tMeaning(kind) })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
