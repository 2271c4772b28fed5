import { useTranslations } from "next-intl";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { EVIDENCE_KINDS } from "@/db/enums";
import { MethodSection } from "./method-section";
import { ruleLink } from "./rule-link";

/** How each kind of evidence is coded (rule 1: a government's own text at its own strength; support for a text others wrote one step softer), and how to see one kind only. */
export function EvidenceSection() {
  const t = useTranslations();
  return (
    <MethodSection id="evidence">
      <p className="text-slate-700">
        {t.rich("methodology.evidence.explained", {
          rule: ruleLink(1),
          em: (chunks) => <em>{chunks}</em>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <dl className="grid gap-3 sm:grid-cols-2">
        {EVIDENCE_KINDS.map((kind) => (
          <div key={kind} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt>
              <EvidenceBadge evidence={kind} /> <span className="sr-only">{t(`evidenceKind.${kind}`)}</span>
            </dt>
            <dd className="mt-1 text-sm text-slate-700">
              {t(`methodology.evidence.coded.${kind}`, { meaning: t(`evidenceMeaning.${kind}`) })}
            </dd>
          </div>
        ))}
      </dl>
    </MethodSection>
  );
}
