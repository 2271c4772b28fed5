import { diffWords } from "diff";

/** A word-level diff of two texts (jsdiff): removed words struck through, added ones underlined, each also announced in words. */
export function WordDiff({ from, to }: { from: string; to: string }) {
  const parts = diffWords(from, to);
  return (
    <p className="leading-relaxed whitespace-pre-line">
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 decoration-emerald-700">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-950 decoration-red-700">
            <span className="sr-only">[removed: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
