import { useLocale, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { StatedOn } from "@/app/_components/stated-on";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { textDirection } from "@/server/i18n/locales";
import { type SearchAnswer } from "@/server/services/search";
import { type SummaryTranslation } from "@/server/i18n/stored-texts";
import { type SearchGroup } from "@/server/shared/url-state/search";

/** A hit as the page gets it (server/i18n/localize.ts): a coded English summary with its translation into the page's language. */
type Hit = SearchAnswer["results"][number] & { translation?: SummaryTranslation };

/** The summary's passage, the words the query matched marked. */
function Passage({ parts }: { parts: Hit["passage"] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-slate-900">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

/** The hits in groups (by government or by topic), each group where its newest hit falls. */
function groupsOf(results: Hit[], group: SearchGroup) {
  const groups = new Map<string, { href: string; name: string; hits: Hit[] }>();
  for (const hit of results) {
    const [key, href, name] =
      group === "government"
        ? [hit.government.iso3, `/governments/${hit.government.iso3}`, hit.government.name]
        : [hit.topic.slug, `/topics/${hit.topic.slug}`, hit.topic.title];
    const entry = groups.get(key) ?? { href, name, hits: [] };
    entry.hits.push(hit);
    groups.set(key, entry);
  }
  return [...groups.entries()];
}

/** What a search found: groups of positions, each with its stance, date and the summary's passage, matches marked. */
export function SearchResults({ results, group }: { results: Hit[]; group: SearchGroup }) {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <div className="space-y-6" role="region" aria-label={t("resultsLabel")}>
      {groupsOf(results, group).map(([key, { href, name, hits }]) => (
        <section key={key} aria-labelledby={`group-${key}`} className="space-y-2">
          <h2 id={`group-${key}`} className="text-lg font-semibold">
            <Link href={href} className="underline decoration-slate-300 underline-offset-2 hover:decoration-slate-600">
              {name}
            </Link>
          </h2>
          <ol className="space-y-3">
            {hits.map((hit) => (
              <li key={hit.id} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <StanceBadge stance={hit.stance} />
                  <EvidenceBadge evidence={hit.evidence} />
                  <Link
                    href={`/positions/${hit.id}`}
                    className="font-medium underline decoration-slate-300 underline-offset-2 hover:decoration-slate-600"
                  >
                    {group === "government" ? hit.topic.title : hit.government.name}
                  </Link>
                  <StatedOn date={hit.statedOn} precision={hit.datePrecision} className="text-slate-600" />
                </div>
                {hit.translation ? (
                  <>
                    <p className="mt-2 text-slate-800">{hit.translation.summary}</p>
                    <p className="mt-1 text-sm text-slate-600">
                      {t("matchedIn")}{" "}
                      <span lang={hit.language} dir={textDirection(hit.language)}>
                        <Passage parts={hit.passage} />
                      </span>
                    </p>
                  </>
                ) : (
                  <p
                    className="mt-2 text-slate-800"
                    lang={hit.language === locale ? undefined : hit.language}
                    dir={hit.language === locale ? undefined : textDirection(hit.language)}
                  >
                    <Passage parts={hit.passage} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
