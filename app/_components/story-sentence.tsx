import { type SiteStory } from "@/server/services/story";

const n = (value: number) => value.toLocaleString("en");

/** The record in one sentence, computed from the data (never typed in). */
export function StorySentence({ story }: { story: SiteStory }) {
  if (story.positions === 0) return <p className="text-slate-700">No position is on record yet: every cell is grey until a sourced position is approved.</p>;
  const { lead } = story;
  return (
    <p className="max-w-4xl text-sm text-slate-700 sm:text-base">
      <strong>{n(story.positions)}</strong> sourced positions of <strong>{n(story.governments)}</strong> governments
      {story.firstYear && story.lastYear && story.firstYear !== story.lastYear ? `, ${story.firstYear}–${story.lastYear}` : ""}.{" "}
      {lead && (
        <span className="hidden sm:inline">
          On “{lead.title}”, {n(lead.intergovernmental)} of the {n(lead.onRecord)} governments on record lean
          intergovernmental and {n(lead.multistakeholder)} multistakeholder
          {lead.mixed ? ` (${n(lead.mixed)} mixed)` : ""}.{" "}
        </span>
      )}
      {story.shifted > 0 && <>{n(story.shifted)} governments have changed stance on a topic since their first recorded position: press Play to watch.</>}
    </p>
  );
}
