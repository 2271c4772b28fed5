import { diffWords } from "diff";
import { useTranslations } from "next-intl";
import { useStoredText } from "./use-stored-text";

/**
 * A word-level diff of two texts (jsdiff): removed words struck through, added ones underlined, each also announced in
 * words (in the page's language; the texts keep their own).
 */
export function WordDiff({ from, to }: { from: string; to: string }) {
  const t = useTranslations("revision");
  const storedText = useStoredText();
  const parts = diffWords(from, to);
  return (
    <p className="leading-relaxed whitespace-pre-line">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 decoration-emerald-700">
            <span className="sr-only">[{t("added")} </span>
            <span {...storedText}>{part.value}</span>
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-950 decoration-red-700">
            <span className="sr-only">[{t("removed")} </span>
            <span {...storedText}>{part.value}</span>
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i} {...storedText}>
            {part.value}
          </span>
        ),
      )}
    </p>
  );
}
