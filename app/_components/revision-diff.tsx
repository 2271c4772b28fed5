import { useTranslations } from "next-intl";
import { changedFields, type PositionEnd, type RevisionContent } from "@/server/shared/revision-fields";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { PositionEndNote } from "./position-end";
import { PositionFacts } from "./position-facts";
import { useDates } from "./use-dates";
import { PositionSummary, type SummaryText } from "./position-summary";
import { useWrittenIn } from "./use-stored-text";
import { WordDiff } from "./word-diff";

type Props = {
  from: RevisionContent | null;
  /** With `translation`: its summary in the page's language (a coded summary), shown with its original's language said. */
  to: RevisionContent & Pick<SummaryText, "translation">;
  eventName: (slug: string | null) => string;
};

/**
 * What a version changes against another, field by field: stance and event as before → after,
 * summary and quote as word diffs, sources as added and removed. With no `from` (a new
 * position) it lists the content.
 */
export function RevisionDiff({ from, to, eventName }: Props) {
  const t = useTranslations("revision");
  const tStance = useTranslations("stance");
  const tEvidence = useTranslations("evidenceKind");
  const { day } = useDates();
  const writtenIn = useWrittenIn();
  const change = (before: string, after: string) => t("change", { from: before, to: after });
  const end = (value: PositionEnd | null) =>
    value ? t("endValue", { note: value.note, date: day(value.on), source: value.source }) : t("noEnd");
  if (!from) {
    return (
      <dl className="grid gap-2 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr] sm:gap-x-4">
        <PositionFacts content={to} eventName={eventName(to.event)} />
        <dt className="font-medium text-slate-600">{t("field.summary")}</dt>
        <dd>
          <PositionSummary position={to} />
        </dd>
        <dt className="font-medium text-slate-600">{t("field.sources")}</dt>
        <dd>
          <SourceList urls={to.sources} />
        </dd>
        {to.quote && (
          <>
            <dt className="font-medium text-slate-600">{t("field.quote")}</dt>
            <dd className="italic" {...writtenIn(to.language)}>
              “{to.quote}”
            </dd>
          </>
        )}
        {to.end && (
          <>
            <dt className="font-medium text-slate-600">{t("field.end")}</dt>
            <dd>
              <PositionEndNote end={to.end} variant="left" className="" />
            </dd>
          </>
        )}
      </dl>
    );
  }
  const changed = changedFields(from, to);
  if (changed.length === 0) return <p className="text-sm text-slate-600">{t("noChange")}</p>;
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[minmax(8rem,max-content)_1fr] sm:gap-x-4">
      {changed.map((field) => (
        <div key={field} className="contents">
          <dt className="font-medium text-slate-600">{t(`field.${field}`)}</dt>
          <dd {...(field === "summary" || field === "quote" ? writtenIn(to.language) : {})}>
            {field === "stance" && (
              <span className="inline-flex flex-wrap items-center gap-2">
                <StanceBadge stance={from.stance} />{" "}
                <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                  →
                </span>{" "}
                <StanceBadge stance={to.stance} />
                <span className="sr-only">
                  {t("stanceChange", { from: tStance(from.stance), to: tStance(to.stance) })}
                </span>
              </span>
            )}
            {field === "evidence" && change(tEvidence(from.evidence), tEvidence(to.evidence))}
            {field === "datePrecision" &&
              change(
                t("precision", { precision: from.datePrecision }),
                t("precision", { precision: to.datePrecision }),
              )}
            {field === "event" && change(eventName(from.event), eventName(to.event))}
            {field === "summary" && <WordDiff from={from.summary} to={to.summary} />}
            {field === "quote" && <WordDiff from={from.quote ?? ""} to={to.quote ?? ""} />}
            {field === "sources" && <SourceChanges from={from.sources} to={to.sources} />}
            {field === "end" && change(end(from.end), end(to.end))}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function SourceChanges({ from, to }: { from: string[]; to: string[] }) {
  const t = useTranslations("revision");
  const added = to.filter((url) => !from.includes(url));
  const removed = from.filter((url) => !to.includes(url));
  return (
    <ul className="space-y-1">
      {added.map((url) => (
        <li key={`+${url}`} className="break-all">
          <span className="font-medium text-emerald-800">{t("newSource")} </span>
          <a className="underline" href={url} rel="noopener noreferrer" target="_blank">
            {url}
          </a>
        </li>
      ))}
      {removed.map((url) => (
        <li key={`-${url}`} className="break-all">
          <span className="font-medium text-red-800">{t("removedSource")} </span>
          <del>{url}</del>
        </li>
      ))}
      {added.length === 0 && removed.length === 0 && <li>{t("sameSources")}</li>}
    </ul>
  );
}

export function SourceList({ urls }: { urls: string[] }) {
  return (
    <ul className="space-y-1">
      {urls.map((url) => (
        <li key={url} className="break-all">
          <a className="underline" href={url} rel="noopener noreferrer" target="_blank">
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}
