// How to cite a data release: APA 7 (a data set, with its version) and BibTeX, both naming the
// release's permanent address.

type Cited = { version: number; publishedAt: string; url: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

export const releaseTitle = (version: number) => `Stance Atlas data release ${version}`;

/** Stance Atlas. (2026). *Stance Atlas data release 3* (Version 3) [Data set]. https://…/data/releases/3 */
export function apaCitation({ version, publishedAt, url }: Cited): string {
  return `Stance Atlas. (${publishedAt.slice(0, 4)}). ${releaseTitle(version)} (Version ${version}) [Data set]. ${url}`;
}

export function bibtexCitation({ version, publishedAt, url }: Cited): string {
  const month = MONTHS[Number(publishedAt.slice(5, 7)) - 1] ?? "jan";
  return [
    `@misc{stanceatlas_release_${version},`,
    `  author = {{Stance Atlas}},`,
    `  title = {${releaseTitle(version)}},`,
    `  year = {${publishedAt.slice(0, 4)}},`,
    `  month = ${month},`,
    `  version = {${version}},`,
    `  url = {${url}},`,
    `  note = {Data set, CC BY 4.0},`,
    `}`,
  ].join("\n");
}
