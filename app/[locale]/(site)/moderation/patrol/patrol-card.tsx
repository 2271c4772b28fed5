import Link from "@/app/_components/link";
import { RevisionDiff } from "@/app/_components/revision-diff";
import { formatDate } from "@/server/shared/dates";
import { formatStatedOn } from "@/server/shared/stated-on";
import type { PatrolItem } from "@/server/services/patrol";
import { PatrolActions } from "./patrol-actions";

type Props = { item: PatrolItem; eventName: (slug: string | null) => string };

/** One edit a trusted contributor published: where, who, what it changed, and the patrol buttons. */
export function PatrolCard({ item, eventName }: Props) {
  const { position, author, published, before } = item;
  const headingId = `patrol-${item.revisionId}`;
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={headingId} className="font-semibold">
            {position.government} · {position.topicTitle} · {formatStatedOn(position.statedOn, published.datePrecision)}
          </h2>
          <p className="text-sm text-slate-600">
            {before ? "Edit" : "New position"} published by {author.name} (trusted) ·{" "}
            <time dateTime={item.createdAt}>{formatDate(item.createdAt.slice(0, 10))}</time> ·{" "}
            <Link className="underline" href={`/positions/${position.id}`}>
              history
            </Link>
          </p>
        </div>
        {!item.isCurrent && (
          <span className="rounded bg-amber-200 px-2 py-0.5 text-sm font-semibold text-amber-950">Changed since</span>
        )}
      </header>
      <section aria-label={before ? "What the edit changed" : "What the new position says"}>
        <RevisionDiff from={before} to={published} eventName={eventName} />
      </section>
      {!item.isCurrent && (
        <p className="text-sm text-slate-700">
          The position has been changed again since; undo that later version from its history if needed.
        </p>
      )}
      <PatrolActions revisionId={item.revisionId} isCurrent={item.isCurrent} isNew={before === null} />
    </article>
  );
}
