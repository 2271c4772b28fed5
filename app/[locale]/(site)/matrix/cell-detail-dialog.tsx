"use client";

import Link from "@/app/_components/link";
import { useEffect, useRef } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useDates } from "@/app/_components/use-dates";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { type Locale } from "@/server/i18n/locales";
import { PositionSummary } from "@/app/_components/position-summary";
import { endedSinceShown } from "@/server/shared/ended-position";
import { type GridCell } from "@/server/shared/matrix-types";
import { type Poles } from "@/server/shared/stance-meaning";
import { usePolesSentence } from "@/app/_components/use-poles-sentence";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { PositionEndNote } from "@/app/_components/position-end";
import { PositionFacts } from "@/app/_components/position-facts";
import { RecordLinks } from "@/app/_components/record-links";
import { type ApiHistoryEntry, type ApiPosition, type ApiReply } from "@/app/_components/read-api";
import { StatedOn } from "@/app/_components/stated-on";
import { useReadApi } from "@/app/_components/use-read-api";
import { StanceBadge } from "./stance-badge";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { GovernmentReply } from "@/app/_components/government-reply";

/** The events' names in the page's language where translated, by slug. */
type EventNames = Map<string, { name: string; lang: Locale }>;

type Props = {
  government: { iso3: string; name: string };
  topic: { slug: string; title: string };
  /** What the two ends of the scale mean on the topic. */
  poles?: Poles;
  cell: GridCell | null;
  at: string;
  eventNames: EventNames;
  onClose: () => void;
};

/**
 * The evidence behind one cell: what the two ends mean on the topic, the position as of the date,
 * its sources and its approved history, a newer position that had ended by the date (a coalition
 * left), and the government's positions on the topic over time (from the public read API).
 * Loaded with its first opening; open while it is on the page.
 */
export default function CellDetailDialog({ government, topic, poles, cell, at, eventNames, onClose }: Props) {
  const t = useTranslations("cell");
  const tLegend = useTranslations("legend");
  const { day } = useDates();
  const polesSentence = usePolesSentence().rich;
  const ref = useRef<HTMLDialogElement>(null);
  const locale = useLocale();
  // In the page's language: a coded summary comes with its translation (`lang=`; English answers as stored).
  const positions = useReadApi<ApiPosition[]>(
    `/api/v1/positions?government=${government.iso3}&topic=${topic.slug}${locale === "en" ? "" : `&lang=${locale}`}`,
  );
  const shown = cell ? positions.data?.find((p) => p.id === cell.positionId) : undefined;
  const ended = positions.data ? endedSinceShown(positions.data, at, cell?.positionId) : null;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="cell-detail-title"
      aria-describedby={poles ? "cell-detail-poles" : undefined}
      className="m-auto w-[min(42rem,calc(100vw-2rem))] rounded-xl p-0 shadow-2xl backdrop:bg-slate-900/50"
    >
      <div className="space-y-4 p-5">
        <header className="flex items-start justify-between gap-4">
          <div>
            <h2 id="cell-detail-title" className="text-lg font-semibold">
              {government.name} — {topic.title}
            </h2>
            {poles && (
              <p id="cell-detail-poles" className="text-sm text-slate-700">
                {polesSentence(poles)}
              </p>
            )}
            <p className="text-sm text-slate-600">{t("asOf", { date: day(at) })}</p>
          </div>
          <button type="button" onClick={onClose} className="btn-secondary" aria-label={t("close")}>
            ✕
          </button>
        </header>
        {ended && (
          <PositionEndNote
            end={ended.end}
            variant="left"
            className="rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800"
          />
        )}
        {!cell ? (
          !ended && <p className="rounded-md bg-slate-50 p-3 text-slate-700">{t("noPosition")}</p>
        ) : positions.error ? (
          <p role="alert">{t("loadError")}</p>
        ) : shown ? (
          <PositionDetail position={shown} eventNames={eventNames} />
        ) : (
          <p className="animate-pulse text-slate-600">{t("loading")}</p>
        )}
        {positions.data && (
          <OverTime positions={positions.data} at={at} shownId={cell?.positionId} eventNames={eventNames} />
        )}
        <footer className="flex flex-wrap gap-3 border-t border-slate-200 pt-3 text-sm">
          <Link className="underline" href={`/governments/${government.iso3}`}>
            {t("allPositions", { government: government.name })}
          </Link>
          <Link className="underline" href={`/topics/${topic.slug}`}>
            {t("topic", { topic: topic.title })}
          </Link>
          <Link className="underline" href="/methodology">
            {tLegend("howCoded")}
          </Link>
        </footer>
      </div>
    </dialog>
  );
}

function PositionDetail({ position, eventNames }: { position: ApiPosition; eventNames: EventNames }) {
  const t = useTranslations("cell");
  const { day } = useDates();
  const writtenIn = useWrittenIn();
  const history = useReadApi<ApiHistoryEntry[]>(`/api/v1/positions/${position.id}/history`);
  const replies = useReadApi<ApiReply[]>(`/api/v1/positions/${position.id}/replies`);
  return (
    <div className="space-y-4">
      {position.contestedNote && <ContestedNotice note={position.contestedNote} />}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <PositionFacts
          content={position}
          eventName={position.event ? (eventNames.get(position.event)?.name ?? position.event) : "—"}
          eventLang={position.event ? eventNames.get(position.event)?.lang : undefined}
        />
      </dl>
      {position.end && <PositionEndNote end={position.end} />}
      <RecordLinks records={position.records} className="text-sm text-slate-800" />
      <PositionSummary position={position} className="text-slate-800" />
      {position.quote && (
        <blockquote
          className="border-s-4 border-slate-300 ps-3 text-slate-700 italic"
          {...writtenIn(position.language)}
        >
          {t("quote", { quote: position.quote })}
        </blockquote>
      )}
      <section>
        <h3 className="text-sm font-semibold">{t("sources")}</h3>
        <ul className="list-disc ps-5 text-sm">
          {position.sources.map((url) => (
            <li key={url}>
              <a href={url} className="break-all underline" rel="noopener noreferrer" target="_blank">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {replies.data?.map((reply) => (
        <GovernmentReply key={reply.id} reply={reply} />
      ))}
      <p>
        <Link className="btn-secondary inline-block" href={`/contribute?position=${position.id}`}>
          {t("proposeEdit")}
        </Link>{" "}
        <Link className="ms-2 underline" href={`/positions/${position.id}/flag`}>
          {t("flag")}
        </Link>{" "}
        <Link className="ms-2 underline" href={`/positions/${position.id}`}>
          {t("fullHistory")}
        </Link>
      </p>
      {history.data && (
        <section>
          <h3 className="text-sm font-semibold">{t("history", { count: history.data.length })}</h3>
          <ol className="space-y-1 text-sm">
            {history.data.map((entry) => (
              <li key={entry.revision} className="flex flex-wrap items-center gap-2">
                <time dateTime={entry.createdAt} className="text-slate-600">
                  {day(entry.createdAt.slice(0, 10))}
                </time>
                <StanceBadge stance={entry.stance} compact />
                <span>
                  {entry.reviewer
                    ? t("byAuthorReviewed", { author: entry.author, reviewer: entry.reviewer })
                    : t("byAuthor", { author: entry.author })}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

/** The government's positions on this topic, oldest first: how its stance moved over time. */
function OverTime({
  positions,
  at,
  shownId,
  eventNames,
}: {
  positions: ApiPosition[];
  at: string;
  shownId?: number;
  eventNames: EventNames;
}) {
  const t = useTranslations("cell");
  const { day } = useDates();
  const writtenIn = useWrittenIn();
  if (!positions.length) return null;
  return (
    <section>
      <h3 className="text-sm font-semibold">{t("overTime")}</h3>
      <ol className="mt-1 space-y-1 text-sm">
        {[...positions].reverse().map((entry) => (
          <li key={entry.id} className="flex flex-wrap items-center gap-2">
            <StatedOn date={entry.statedOn} precision={entry.datePrecision} className="w-28 text-slate-600" />
            <StanceBadge stance={entry.stance} />
            <EvidenceBadge evidence={entry.evidence} />
            {entry.event && (
              <span className="text-slate-600" {...writtenIn(eventNames.get(entry.event)?.lang)}>
                {eventNames.get(entry.event)?.name ?? entry.event}
              </span>
            )}
            {entry.id === shownId && <span className="text-xs font-semibold">{t("shown")}</span>}
            {entry.end && (
              <span className="text-xs text-slate-600">
                {t.rich("ended", {
                  date: () => <time dateTime={entry.end?.on}>{entry.end && day(entry.end.on)}</time>,
                })}
              </span>
            )}
            {entry.statedOn > at && <span className="text-xs text-slate-500">{t("afterDate")}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
