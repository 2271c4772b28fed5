import { EVIDENCE_KINDS, type EvidenceKind } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";
import { type EvidenceCounts, type Side, type SiteStory } from "@/server/services/story";

const n = (value: number) => value.toLocaleString("en");

const KIND_NOUN: Record<EvidenceKind, [string, string]> = {
  vote: ["vote", "votes"],
  endorsement: ["endorsement", "endorsements"],
  submission: ["submission", "submissions"],
  statement: ["statement", "statements"],
};
const BY_KIND: Record<EvidenceKind, string> = {
  vote: "by vote",
  endorsement: "by endorsement",
  submission: "by submission",
  statement: "by statement",
};

/** The kinds present, most first: "844 votes, 258 endorsements, 21 submissions, 12 statements". */
function kinds(counts: EvidenceCounts, say: (kind: EvidenceKind, count: number) => string) {
  return EVIDENCE_KINDS.filter((k) => counts[k] > 0)
    .sort((a, b) => counts[b] - counts[a])
    .map((k) => say(k, counts[k]))
    .join(", ");
}

const sideText = (side: Side) =>
  `${n(side.governments)}${side.governments ? ` (${kinds(side.byEvidence, (k, c) => `${n(c)} ${BY_KIND[k]}`)})` : ""}`;

/**
 * The record in one sentence, computed from the data (never typed in): what it is made of, how
 * governments divide on the lead topic and on what kind of record, and who moved within one kind.
 */
export function StorySentence({ story }: { story: SiteStory }) {
  if (story.positions === 0)
    return (
      <p className="text-slate-700">
        No position is on record yet: every cell is grey until a sourced position is approved.
      </p>
    );
  const { lead } = story;
  const span =
    story.firstYear && story.lastYear && story.firstYear !== story.lastYear
      ? `, ${story.firstYear}–${story.lastYear}`
      : "";
  return (
    <p className="max-w-4xl text-sm text-slate-700 sm:text-base" data-testid="story-sentence">
      <strong>{n(story.positions)}</strong> positions of <strong>{n(story.governments)}</strong> governments{span}:{" "}
      {kinds(story.byEvidence, (k, c) => `${n(c)} ${KIND_NOUN[k][c === 1 ? 0 : 1]}`)}.{" "}
      {lead && lead.onRecord > 0 && (
        <span className="hidden sm:inline">
          On “{lead.title}”, as of {formatDate(story.at)}, of the {n(lead.onRecord)} governments on record{" "}
          {sideText(lead.intergovernmental)} lean intergovernmental, {sideText(lead.multistakeholder)} lean
          multistakeholder
          {lead.mixed.governments ? ` and ${sideText(lead.mixed)} are mixed` : ""}.{" "}
        </span>
      )}
      {story.changed > 0 && (
        <>
          {n(story.changed)} {story.changed === 1 ? "government has" : "governments have"} moved between two records of
          the same kind (a vote to a later vote, a statement to a later statement): press Play to watch.
        </>
      )}
    </p>
  );
}
