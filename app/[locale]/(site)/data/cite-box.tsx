import { CopyButton } from "@/app/_components/copy-button";
import { apaCitation, bibtexCitation } from "@/server/shared/release-citation";

/** How to cite a release, in APA and BibTeX, each with a copy button. */
export function CiteBox({ version, publishedAt, url }: { version: number; publishedAt: string; url: string }) {
  const formats = [
    { name: "APA", text: apaCitation({ version, publishedAt, url }) },
    { name: "BibTeX", text: bibtexCitation({ version, publishedAt, url }) },
  ];
  return (
    <section
      aria-label={`Cite release ${version}`}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 className="font-semibold">Cite</h3>
      {formats.map(({ name, text }) => (
        <div key={name} className="space-y-1.5">
          <p className="text-sm font-medium">{name}</p>
          <pre
            className="overflow-x-auto rounded border border-slate-200 bg-white p-2 text-xs whitespace-pre-wrap"
            aria-label={`${name} citation`}
          >
            {text}
          </pre>
          <CopyButton text={text} label={`Copy ${name}`} />
        </div>
      ))}
    </section>
  );
}
