import { useFormatter, useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type TimelineEntry } from "@/server/shared/matrix-types";
import { campChanges, campPaths, campYears } from "@/server/shared/camps/camp-paths";
import { type Camp, MIN_TOPICS, placementsAsOf } from "@/server/shared/camps/camp-rule";
import { CampSwatch } from "../../camps/camp-mark";

/** A government's camp in one line (/camps's rule): where it sits today, and each year its camp changed. */
export function CampLine({ iso3, entries, today }: { iso3: string; entries: TimelineEntry[]; today: string }) {
  const t = useTranslations("governments.page");
  const tCamps = useTranslations("camps");
  const format = useFormatter();
  const now = placementsAsOf(entries, today).get(iso3);
  const years = campYears(entries, today);
  const path = campPaths(entries, years).get(iso3) ?? [];
  const changes = campChanges(
    path.map((p) => p?.camp ?? null),
    years.map((y) => y.year),
  ).filter((c): c is { year: string; camp: Camp } => c.camp !== null);
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
      {now ? (
        <>
          <CampSwatch camp={now.camp} />
          <span>
            {t("campNow", {
              camp: tCamps(`camp.${now.camp}`),
              mean: format.number(now.mean, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
              count: now.topics,
            })}
          </span>
        </>
      ) : (
        <span>{t("campNone", { min: MIN_TOPICS })}</span>
      )}
      {changes.length > 0 && (
        <span>
          {t("campPath", {
            path: changes.map((c) => `${c.year} ${tCamps(`campShort.${c.camp}`)}`).join(" → "),
          })}
        </span>
      )}
      <Link href="/camps" className="underline">
        {t("campsLink")}
      </Link>
    </p>
  );
}
