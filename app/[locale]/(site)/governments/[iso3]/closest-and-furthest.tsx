"use client";

import { useTranslations } from "next-intl";
import { type z } from "zod";
import Link from "@/app/_components/link";
import { type governmentAgreementResponse } from "@/server/schemas/bloc-responses";
import { useReadApi } from "@/app/_components/use-read-api";
import { useAgreementWords } from "@/app/[locale]/(site)/compare/use-agreement-words";

type Agreement = z.infer<typeof governmentAgreementResponse>;
type Counterpart = Agreement["closest"][number];
/** Governments' names in the page's language by ISO code (none: the API's English names). */
type Names = Readonly<Record<string, string>> | undefined;

// Loaded after the page from the read API: it changes with every government's positions, while the
// page around it changes only with this government's (so the page stays cached when others change).

function Counterparts({
  iso3,
  label,
  list,
  names,
}: {
  iso3: string;
  label: string;
  list: Counterpart[];
  names: Names;
}) {
  const t = useTranslations("governments.agreement");
  const words = useAgreementWords((code) => names?.[code] ?? code);
  return (
    <div>
      <h3 className="font-semibold">{label}</h3>
      {list.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ol className="mt-1 space-y-1 text-sm">
          {list.map((p) => (
            <li key={p.b} className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/compare?governments=${iso3},${p.b}`} className="underline">
                {names?.[p.b] ?? p.name}
              </Link>
              <span className="text-slate-600 tabular-nums">
                {t("score", {
                  share: words.share(p.sameSide),
                  count: p.sharedTopics,
                  distance: words.distance(p.distance),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The five governments agreeing most and least with this one as of today, each linking to the comparison. */
export function ClosestAndFurthest({ iso3, name, names }: { iso3: string; name: string; names?: Names }) {
  const t = useTranslations("governments.agreement");
  const { data, loading, error } = useReadApi<Agreement>(`/api/v1/governments/${iso3}/agreement`);
  if (error)
    return (
      <p role="alert" className="text-sm text-red-800">
        {t("loadError")}
      </p>
    );
  if (loading || !data) return <div className="h-32 animate-pulse rounded-lg bg-slate-200" aria-label={t("loading")} />;
  if (data.closest.length === 0) {
    return <p className="text-sm text-slate-600">{t("notEnough", { name, min: data.minSharedTopics })}</p>;
  }
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <Counterparts iso3={iso3} label={t("closest")} list={data.closest} names={names} />
      <Counterparts iso3={iso3} label={t("furthest")} list={data.furthest} names={names} />
    </div>
  );
}
