import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import type { MyFlag } from "@/server/services/flags";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";

/** The reader's flags, newest first, each with how a moderator resolved it. */
export function FlagList({ flags }: { flags: MyFlag[] }) {
  const t = useTranslations("me.flags");
  const { day } = useDates();
  const storedText = useStoredText();
  return (
    <ul className="space-y-2">
      {flags.map((flag) => (
        <li key={flag.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <p className="flex flex-wrap items-center justify-between gap-2">
            <Link className="font-medium underline" href={`/positions/${flag.position.id}`}>
              {t.rich("position", {
                government: () => <span {...storedText}>{flag.position.government}</span>,
                topic: () => <span {...storedText}>{flag.position.topicTitle}</span>,
              })}
            </Link>
            <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold">
              {t("status", { status: flag.status })}
            </span>
          </p>
          <p className="text-slate-700">
            {t.rich("reason", {
              date: () => <time dateTime={flag.createdAt}>{day(flag.createdAt.slice(0, 10))}</time>,
              reason: () => <span {...storedText}>{flag.reason}</span>,
            })}
          </p>
          {flag.resolutionNote && (
            <p className="text-slate-900">
              {t.rich("note", { note: () => <span {...storedText}>{flag.resolutionNote}</span> })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
