import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { PageSection } from "@/app/_components/page-section";
import { EVIDENCE_KINDS, EVIDENCE_LABEL, EVIDENCE_MEANING, type EvidenceKind } from "@/db/enums";
import { ruleAnchor } from "@/server/shared/method-rules";
import { section } from "./sections";

// Rule 1: a government's own text at its own strength; support for a text others wrote one step softer.
const CODED_WHEN: Record<EvidenceKind, string> = {
  statement: "at the strength of what it said: its own words",
  submission: "at the strength of the text it wrote, tabled, sponsored or launched: its own text",
  vote: "one step softer than the text voted on, as support for a text others wrote; an abstention is mixed. Rival resolutions are read in pairs (rule 2), and a single vote only where its yes and its no are the topic's two poles (rule 3)",
  endorsement:
    "one step softer than the declaration, treaty or coalition it signed or joined, as support for a text others wrote",
};

/** How each kind of evidence is coded (rule 1), and how to see one kind only. */
export function EvidenceSection() {
  return (
    <PageSection {...section("evidence")}>
      <p className="text-slate-700">
        Every position records how it is known. A government&apos;s own words or text are coded at their own strength;
        support for a text others wrote — a vote, a signature, an endorsement, joining a coalition — one step softer,
        the same way for every kind (
        <a href={`#${ruleAnchor(1)}`} className="underline">
          rule 1
        </a>
        ). The matrix can be limited to one kind (“statements only”) with its <em>Evidence</em> filter, and so can the
        API (<code>evidence=statement,vote</code>).
      </p>
      <dl className="grid gap-3 sm:grid-cols-2">
        {EVIDENCE_KINDS.map((kind) => (
          <div key={kind} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt>
              <EvidenceBadge evidence={kind} /> <span className="sr-only">{EVIDENCE_LABEL[kind]}</span>
            </dt>
            <dd className="mt-1 text-sm text-slate-700">
              {EVIDENCE_MEANING[kind]}; coded {CODED_WHEN[kind]}.
            </dd>
          </div>
        ))}
      </dl>
    </PageSection>
  );
}
