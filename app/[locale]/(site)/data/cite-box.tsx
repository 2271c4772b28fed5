import { useTranslations } from "next-intl";
import { CopyButton } from "@/app/_components/copy-button";
import { useStoredText } from "@/app/_components/use-stored-text";
import { apaCitation, bibtexCitation } from "@/server/shared/release-citation";

/** How to cite a release, in APA and BibTeX, each with a copy button. */
export function CiteBox({ version, publishedAt, url }: { version: number; publishedAt: string; url: string }) {
  const t = useTranslations("data.cite");
  const english = useStoredText();
  // The citations themselves are in English, as the release's files are: one text to cite, whatever the page's language.
  const formats = [
    { name: "APA", text: apaCitation({ version, publishedAt, url }) },
    { name: "BibTeX", text: bibtexCitation({ version, publishedAt, url }) },
  ];
  return (
    <section
      aria-label={t("label", { version: String(version) })}
      className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <h3 className="font-semibold">{t("title")}</h3>
      {formats.map(({ name, text }) => (
        <div key={name} className="space-y-1.5">
          <p className="text-sm font-medium">{name}</p>
          <pre
            className="overflow-x-auto rounded border border-slate-200 bg-white p-2 text-xs whitespace-pre-wrap"
            aria-label={t("citation", { format: name })}
            {...english}
          >
            {text}
          </pre>
          <CopyButton text={text} label={t("copy", { format: name })} />
        </div>
      ))}
    </section>
  );
}
