import { useFormatter, useTranslations } from "next-intl";
import { useStoredText, useWrittenIn } from "@/app/_components/use-stored-text";
import { type Locale } from "@/server/i18n/locales";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { ruleAnchor } from "@/server/shared/method-rules";
import { CodingTable } from "./coding-table";

type Props = { set: RecordSet; topic: { title: string; lang: Locale }; positions: number | undefined };

const Row = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <div className="grid gap-x-3 sm:grid-cols-[11rem_1fr]">
    <dt className="font-medium text-slate-600">{term}</dt>
    <dd className="text-slate-800">{children}</dd>
  </div>
);

/**
 * One record set: what it records, says and does not say, the rules that code it, its coverage, and its coding table.
 * Its own words (title, what it records, says and does not, gaps, reason) and its topic's title are stored English.
 */
export function RecordSetCard({ set, topic, positions }: Props) {
  const t = useTranslations("methodology");
  const format = useFormatter();
  const storedText = useStoredText();
  const writtenIn = useWrittenIn();
  const id = `set-${set.id}`;
  return (
    <article
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={`${id}-heading`} className="text-lg font-semibold" {...storedText}>
        {set.title}
      </h3>
      <dl className="space-y-2 text-sm">
        <Row term={t("recordSets.about")}>
          <span {...storedText}>{set.about}</span>
        </Row>
        <Row term={t("recordSets.says")}>
          <span {...storedText}>{set.says}</span>
        </Row>
        <Row term={t("recordSets.doesNotSay")}>
          <span {...storedText}>{set.doesNotSay}</span>
        </Row>
        <Row term={t("recordSets.topic")}>
          <span {...writtenIn(topic.lang)}>{topic.title}</span>
        </Row>
        <Row term={t("recordSets.codedBy")}>
          {set.methodRules.map((n, i) => (
            <span key={n}>
              {i > 0 && t("recordSets.ruleSeparator")}
              <a href={`#${ruleAnchor(n)}`} className="underline">
                {t("ruleLink", { number: n })}
              </a>
            </span>
          ))}
        </Row>
        <Row term={t("recordSets.coverage")}>
          {set.coverage === "partial" ? (
            <strong className="me-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 uppercase">
              {t("recordSets.partial")}
            </strong>
          ) : (
            <span className="me-1">{t("recordSets.complete")}</span>
          )}
          <span {...storedText}>{set.gaps}</span>
        </Row>
        <Row term={t("recordSets.positions")}>{positions === undefined ? "—" : format.number(positions)}</Row>
        {set.recodeReason && (
          <Row term={t("recordSets.recoded")}>
            <span {...storedText}>{set.recodeReason}</span>
          </Row>
        )}
      </dl>
      <CodingTable set={set} />
    </article>
  );
}
