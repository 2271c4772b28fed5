import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type ReleaseChange, type ReleaseChangelog } from "@/db/schema/releases";
import { STANCES } from "@/db/enums";

type Names = { governments: Map<string, string>; topics: Map<string, string> };

const KINDS = ["added", "changed", "withdrawn"] as const;

const knownStance = (stance: string) => STANCES.find((s) => s === stance) ?? null;

function ChangeItem({ change, names }: { change: ReleaseChange; names: Names }) {
  const t = useTranslations("data.changes");
  const tStance = useTranslations("stance");
  const storedText = useStoredText();
  const stance = knownStance(change.stance);
  return (
    <li>
      {t.rich("item", {
        government: names.governments.get(change.government) ?? change.government,
        stance: stance ? tStance(stance) : change.stance,
        link: (chunks) => (
          <Link href={`/positions/${change.id}`} className="underline">
            {chunks}
          </Link>
        ),
        topic: () => <span {...storedText}>{names.topics.get(change.topic) ?? change.topic}</span>,
      })}
      {change.fields && <span className="text-slate-600"> {t("fields", { fields: change.fields.join(", ") })}</span>}
    </li>
  );
}

/** What changed since the release before: counts, and each change in a list that opens. */
export function ReleaseChanges({ changelog, names }: { changelog: ReleaseChangelog; names: Names }) {
  const t = useTranslations("data.changes");
  return (
    <section aria-label={t("label")} className="space-y-2 text-sm">
      <h3 className="font-semibold">
        {t("summary", {
          first: changelog.previous === null ? "yes" : "no",
          previous: String(changelog.previous),
          added: changelog.added.length,
          changed: changelog.changed.length,
          withdrawn: changelog.withdrawn.length,
        })}
      </h3>
      {KINDS.filter((kind) => changelog[kind].length > 0).map((kind) => (
        <details key={kind} open={changelog.previous !== null && changelog[kind].length <= 20}>
          <summary className="cursor-pointer font-medium">{t("kind", { kind, count: changelog[kind].length })}</summary>
          <ul aria-label={t("kindLabel", { kind })} className="mt-1 list-disc space-y-0.5 ps-5">
            {changelog[kind].map((change) => (
              <ChangeItem key={change.id} change={change} names={names} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
