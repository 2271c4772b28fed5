import Link from "@/app/_components/link";
import type { MyFlag } from "@/server/services/flags";
import { formatDate } from "@/server/shared/dates";

const STATUS_LABEL = { open: "Open", contested: "Marked contested", edited: "Edited", dismissed: "Dismissed" } as const;

/** The reader's flags, newest first, each with how a moderator resolved it. */
export function FlagList({ flags }: { flags: MyFlag[] }) {
  return (
    <ul className="space-y-2">
      {flags.map((flag) => (
        <li key={flag.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p className="flex flex-wrap items-center justify-between gap-2">
            <Link className="font-medium underline" href={`/positions/${flag.position.id}`}>
              {flag.position.government} on {flag.position.topicTitle}
            </Link>
            <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold">{STATUS_LABEL[flag.status]}</span>
          </p>
          <p className="text-slate-700">
            <time dateTime={flag.createdAt}>{formatDate(flag.createdAt.slice(0, 10))}</time>: {flag.reason}
          </p>
          {flag.resolutionNote && <p className="text-slate-900">Moderator&apos;s note: {flag.resolutionNote}</p>}
        </li>
      ))}
    </ul>
  );
}
