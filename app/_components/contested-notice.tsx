import { useTranslations } from "next-intl";
import { useStoredText } from "./use-stored-text";

/** A moderator marked the position contested: says so, and why, wherever the position is shown. */
export function ContestedNotice({ note }: { note: string }) {
  const t = useTranslations("positionNotes");
  const storedText = useStoredText();
  return (
    <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      {t.rich("contested", {
        strong: (chunks) => <span className="font-semibold">{chunks}</span>,
        note: () => <span {...storedText}>{note}</span>,
        muted: (chunks) => <span className="text-amber-900">{chunks}</span>,
      })}
    </p>
  );
}
