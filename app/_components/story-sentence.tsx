import { useFormatter, useLocale, useTranslations } from "next-intl";
import { textDirection } from "@/server/i18n/locales";
import { EVIDENCE_KINDS, type EvidenceKind } from "@/db/enums";
import { type EvidenceCounts, type Side, type SiteStory } from "@/server/services/story";
import { useDates } from "./use-dates";

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** Stored text (a topic's title, English where not yet translated) set apart from a right-to-left sentence, so it keeps its order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The kinds present, most first. */
const kindsByCount = (counts: EvidenceCounts): EvidenceKind[] =>
  EVIDENCE_KINDS.filter((k) => counts[k] > 0).sort((a, b) => counts[b] - counts[a]);

/**
 * The record in one sentence, computed from the data (never typed in): what it is made of, how
 * governments divide on the lead topic and on what kind of record, and who moved within one kind.
 * Each clause is one message (server/i18n/messages/), so every language words it whole.
 */
export function StorySentence({ story }: { story: SiteStory }) {
  const t = useTranslations("story");
  const format = useFormatter();
  const { day } = useDates();
  const rtl = textDirection(useLocale()) === "rtl";
  if (story.positions === 0) return <p className="text-slate-700">{t("empty")}</p>;

  // "844 votes, 258 endorsements, 21 submissions and 12 statements".
  const kinds = format.list(
    kindsByCount(story.byEvidence).map((kind) => t("kindCount", { kind, count: story.byEvidence[kind] })),
    { type: "conjunction" },
  );
  // "16 (16 by vote)".
  const side = ({ governments, byEvidence }: Side) =>
    governments
      ? t("side", {
          governments,
          detail: format.list(
            kindsByCount(byEvidence).map((kind) => t("byKind", { kind, count: byEvidence[kind] })),
            { type: "conjunction" },
          ),
        })
      : format.number(0);
  const { lead } = story;
  const span = Boolean(story.firstYear && story.lastYear && story.firstYear !== story.lastYear);
  return (
    <p className="max-w-4xl text-sm text-slate-700 sm:text-base" data-testid="story-sentence">
      {t.rich("summary", {
        positions: story.positions,
        governments: story.governments,
        span: span ? "yes" : "no",
        first: story.firstYear ?? "",
        last: story.lastYear ?? "",
        kinds,
        strong,
      })}{" "}
      {lead && lead.onRecord > 0 && (
        <span className="hidden sm:inline">
          {t(lead.mixed.governments ? "leadWithMixed" : "lead", {
            topic: rtl ? isolate(lead.title) : lead.title,
            date: day(story.at),
            onRecord: lead.onRecord,
            intergovernmental: side(lead.intergovernmental),
            multistakeholder: side(lead.multistakeholder),
            mixed: side(lead.mixed),
          })}{" "}
        </span>
      )}
      {story.changed > 0 && t("changed", { count: story.changed })}
    </p>
  );
}
