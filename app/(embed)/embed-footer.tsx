import { formatDate } from "@/server/shared/dates";

// An embed's credit line: "Stance Atlas · as of DATE · source · CC BY 4.0", opening the full view in a new tab.

export function EmbedFooter({ at, fullView }: { at: string; fullView: string }) {
  return (
    <footer className="flex flex-wrap items-center gap-x-1.5 border-t border-slate-200 pt-2 text-xs text-slate-600">
      <a
        href={fullView}
        target="_blank"
        rel="noopener"
        className="hover:text-slate-900 hover:underline"
        title="Open the full view on Stance Atlas, with every source"
      >
        <strong className="font-semibold text-slate-800">Stance Atlas</strong> · as of {formatDate(at)} · source
      </a>
      <span aria-hidden="true">·</span>
      <a
        href="https://creativecommons.org/licenses/by/4.0/"
        target="_blank"
        rel="license noopener"
        className="hover:text-slate-900 hover:underline"
      >
        CC BY 4.0
      </a>
    </footer>
  );
}
