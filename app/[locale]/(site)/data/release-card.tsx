import { type NumberFormatOptions, useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { useDates } from "@/app/_components/use-dates";
import { useStoredText } from "@/app/_components/use-stored-text";
import { type Release } from "@/server/services/releases";
import { CiteBox } from "./cite-box";
import { ReleaseChanges } from "./release-changes";

const COUNTS = ["positions", "governments", "topics", "sources"] as const;

/** A file's size in kilobytes, to one decimal, as the page's language writes it ("12.3 kB"). */
const SIZE: NumberFormatOptions = { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 };

type Props = {
  release: Release;
  permanentUrl: string;
  names: { governments: Map<string, string>; topics: Map<string, string> };
  headingLevel?: 2 | 3;
};

/** A release: its note, counts, files with their SHA-256, what changed since the one before, and how to cite it. */
export function ReleaseCard({ release, permanentUrl, names, headingLevel = 2 }: Props) {
  const t = useTranslations("data.release");
  const format = useFormatter();
  const { day } = useDates();
  const storedText = useStoredText();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      id={`release-${release.version}`}
      aria-labelledby={`release-${release.version}-heading`}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
    >
      <header className="space-y-1">
        <Heading id={`release-${release.version}-heading`} className="text-xl font-semibold">
          <Link href={`/data/releases/${release.version}`} className="hover:underline">
            {t("name", { version: String(release.version) })}
          </Link>
        </Heading>
        <p className="text-sm text-slate-600">
          {t("published", { date: day(release.publishedAt.slice(0, 10)), name: release.publishedBy })}
        </p>
        <p {...storedText}>{release.note}</p>
      </header>
      <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {COUNTS.map((count) => (
          <div key={count} className="rounded-md bg-slate-50 p-2">
            <dt className="text-slate-600">{t("count", { count })}</dt>
            <dd className="text-lg font-semibold">{release[count]}</dd>
          </div>
        ))}
      </dl>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">{t("files", { version: String(release.version) })}</caption>
          <thead>
            <tr className="text-start text-slate-600">
              <th scope="col" className="py-1 pe-3 font-medium">
                {t("file")}
              </th>
              <th scope="col" className="py-1 pe-3 font-medium">
                {t("size")}
              </th>
              <th scope="col" className="py-1 font-medium">
                {t("checksum")}
              </th>
            </tr>
          </thead>
          <tbody>
            {release.files.map((file) => (
              <tr key={file.name} className="border-t border-slate-100 align-top">
                <td className="py-1.5 pe-3">
                  <a href={file.url} download className="font-medium underline">
                    {file.name}
                  </a>
                </td>
                <td className="py-1.5 pe-3 whitespace-nowrap">{format.number(file.bytes / 1000, SIZE)}</td>
                <td className="py-1.5">
                  <code className="text-xs break-all">{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReleaseChanges changelog={release.changelog} names={names} />
      <CiteBox version={release.version} publishedAt={release.publishedAt} url={permanentUrl} />
    </article>
  );
}
