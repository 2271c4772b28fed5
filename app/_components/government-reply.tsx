import type { Reply } from "@/server/services/replies";
import { formatDate } from "@/server/shared/dates";

type Props = { reply: Reply; children?: React.ReactNode };

/**
 * A government's reply to a position, labelled as the government's own words: it never changes the
 * coding. A hidden reply shows why a moderator hid it instead of its text.
 */
export function GovernmentReply({ reply, children }: Props) {
  const label = `Reply from the government of ${reply.government.name}`;
  return (
    <aside aria-label={label} className="space-y-1 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm">
      <p className="font-semibold text-sky-950">
        {label} · <time dateTime={reply.createdAt}>{formatDate(reply.createdAt.slice(0, 10))}</time>
      </p>
      {reply.hidden ? (
        <p className="text-slate-700 italic">
          Hidden by {reply.hidden.by} for abuse: {reply.hidden.reason}
        </p>
      ) : (
        <>
          <p className="whitespace-pre-line text-slate-900">{reply.body}</p>
          {reply.sourceUrl && (
            <p>
              Source:{" "}
              <a className="break-all underline" href={reply.sourceUrl} rel="noopener noreferrer">
                {reply.sourceUrl}
              </a>
            </p>
          )}
        </>
      )}
      <p className="text-xs text-slate-600">
        The government&apos;s own response; the coding of the position is Stance Atlas&apos;s and is unchanged by it.
      </p>
      {children}
    </aside>
  );
}
