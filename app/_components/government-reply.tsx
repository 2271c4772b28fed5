import { useTranslations } from "next-intl";
import type { Reply } from "@/server/services/replies";
import { useDates } from "./use-dates";
import { useStoredText, useWrittenIn } from "./use-stored-text";

type Props = { reply: Reply; children?: React.ReactNode };

/**
 * A government's reply to a position, labelled as the government's own words: it never changes the
 * coding. A hidden reply shows why a moderator hid it instead of its text.
 */
export function GovernmentReply({ reply, children }: Props) {
  const t = useTranslations("positionNotes");
  const { day } = useDates();
  const storedText = useStoredText();
  const writtenIn = useWrittenIn();
  const label = t("replyFrom", { government: reply.government.name });
  return (
    <aside aria-label={label} className="space-y-1 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm">
      <p className="font-semibold text-sky-950">
        {label} · <time dateTime={reply.createdAt}>{day(reply.createdAt.slice(0, 10))}</time>
      </p>
      {reply.hidden ? (
        <p className="text-slate-700 italic">
          {t.rich("replyHidden", {
            moderator: reply.hidden.by,
            reason: () => <span {...storedText}>{reply.hidden?.reason}</span>,
          })}
        </p>
      ) : (
        <>
          <p className="whitespace-pre-line text-slate-900" {...writtenIn(reply.language)}>
            {reply.body}
          </p>
          {reply.sourceUrl && (
            <p>
              {t.rich("replySource", {
                link: () => (
                  <a className="break-all underline" href={reply.sourceUrl ?? undefined} rel="noopener noreferrer">
                    {reply.sourceUrl}
                  </a>
                ),
              })}
            </p>
          )}
        </>
      )}
      <p className="text-xs text-slate-600">{t("replyOwn")}</p>
      {children}
    </aside>
  );
}
