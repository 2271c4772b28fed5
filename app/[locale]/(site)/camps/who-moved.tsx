import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { RecordLinks } from "@/app/_components/record-links";
import { StatedOn } from "@/app/_components/stated-on";
import { useDates } from "@/app/_components/use-dates";
import { type CampsAnswer } from "@/server/services/camps";
import { StanceBadge } from "../matrix/stance-badge";
import { CampSwatch } from "./camp-mark";

/** Positions shown per government (the newest); the rest are on its page and in the API. */
const SHOWN = 5;

/** Who changed camp between two dates, and the positions (with their records) stated in between. */
export function WhoMoved({
  answer,
  topicTitle,
}: {
  answer: Pick<CampsAnswer, "moved" | "from" | "to">;
  topicTitle: (slug: string) => React.ReactNode;
}) {
  const t = useTranslations("camps");
  const { day } = useDates();
  const dates = { from: day(answer.from), to: day(answer.to) };
  if (!answer.moved.length) return <EmptyState>{t("movedNone", dates)}</EmptyState>;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("movedExplained", dates)}</p>
      <ul
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        aria-label={t("movedTitle")}
      >
        {answer.moved.map((move) => (
          <li key={move.iso3} className="space-y-2 p-3">
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/governments/${move.iso3}`} className="font-medium hover:underline">
                {move.name}
              </Link>
              <span className="inline-flex items-center gap-1.5 text-sm">
                <CampSwatch camp={move.from.camp} />
                {t("movedFromTo", { from: t(`campShort.${move.from.camp}`), to: t(`campShort.${move.to.camp}`) })}
                <CampSwatch camp={move.to.camp} />
              </span>
            </div>
            {move.ended.length > 0 && (
              <ul className="space-y-1 text-sm">
                {move.ended.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center gap-2">
                    <span className="w-24 text-slate-600">{t("movedEnded", { date: day(p.endedOn) })}</span>
                    <Link href={`/positions/${p.id}`} className="hover:underline">
                      <StanceBadge stance={p.stance} />
                    </Link>
                    <span>{topicTitle(p.topic)}</span>
                    <RecordLinks records={p.records} className="basis-full ps-26 text-slate-600" />
                  </li>
                ))}
              </ul>
            )}
            {move.positions.length === 0 ? (
              move.ended.length === 0 && <p className="text-sm text-slate-600">{t("movedNoPosition")}</p>
            ) : (
              <ul className="space-y-1 text-sm" aria-label={t("movedBy")}>
                {move.positions.slice(0, SHOWN).map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center gap-2">
                    <StatedOn date={p.statedOn} precision={p.datePrecision} className="w-24 text-slate-600" />
                    <Link href={`/positions/${p.id}`} className="hover:underline">
                      <StanceBadge stance={p.stance} />
                    </Link>
                    <span>{topicTitle(p.topic)}</span>
                    <RecordLinks records={p.records} className="basis-full ps-26 text-slate-600" />
                  </li>
                ))}
                {move.positions.length > SHOWN && (
                  <li>
                    <Link href={`/governments/${move.iso3}`} className="underline">
                      {t("movedMore", { count: move.positions.length - SHOWN })}
                    </Link>
                  </li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
