import Link from "@/app/_components/link";
import { EVIDENCE_KINDS, EVIDENCE_LABEL, EVIDENCE_MEANING, type EvidenceKind } from "@/db/enums";
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
  return (
    <Field
      id="evidence"
      label="Evidence"
      error={error}
      hint={
        <>
          How the position is known.{" "}
          <Link className="underline" href="/methodology#evidence" target="_blank">
            How each kind is coded
          </Link>
        </>
      }
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
              {EVIDENCE_LABEL[kind]}: {EVIDENCE_MEANING[kind]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
