import Link from "@/app/_components/link";
import { type ReleaseChange, type ReleaseChangelog } from "@/db/schema/releases";
import { STANCE_LABEL, STANCES } from "@/db/enums";

type Names = { governments: Map<string, string>; topics: Map<string, string> };

const KINDS = [
  { key: "added", label: "Added" },
  { key: "changed", label: "Changed" },
  { key: "withdrawn", label: "Withdrawn" },
] as const;

const stanceLabel = (stance: string) => STANCES.find((s) => s === stance) ?? null;

function ChangeItem({ change, names }: { change: ReleaseChange; names: Names }) {
  const stance = stanceLabel(change.stance);
  return (
    <li>
      <Link href={`/positions/${change.id}`} className="underline">
        {names.governments.get(change.government) ?? change.government} on{" "}
        {names.topics.get(change.topic) ?? change.topic}
      </Link>
      : {stance ? STANCE_LABEL[stance] : change.stance}
      {change.fields && <span className="text-slate-600"> (changed: {change.fields.join(", ")})</span>}
    </li>
  );
}

/** What changed since the release before: counts, and each change in a list that opens. */
export function ReleaseChanges({ changelog, names }: { changelog: ReleaseChangelog; names: Names }) {
  const since = changelog.previous ? `Since release ${changelog.previous}` : "The first release";
  return (
    <section aria-label="Changes" className="space-y-2 text-sm">
      <h3 className="font-semibold">
        {since}: {changelog.added.length} added, {changelog.changed.length} changed, {changelog.withdrawn.length}{" "}
        withdrawn
      </h3>
      {KINDS.filter(({ key }) => changelog[key].length > 0).map(({ key, label }) => (
        <details key={key} open={changelog.previous !== null && changelog[key].length <= 20}>
          <summary className="cursor-pointer font-medium">
            {label} ({changelog[key].length})
          </summary>
          <ul aria-label={`${label} positions`} className="mt-1 list-disc space-y-0.5 ps-5">
            {changelog[key].map((change) => (
              <ChangeItem key={change.id} change={change} names={names} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
