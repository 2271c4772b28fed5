import { EVIDENCE_LABEL, STANCE_LABEL } from "@/db/enums";
import { changedFields, describeEnd, FIELD_LABEL, type RevisionContent } from "@/server/shared/revision-fields";
import { StanceBadge } from "@/app/[locale]/(site)/matrix/stance-badge";
import { PositionEndNote } from "./position-end";
import { PositionFacts } from "./position-facts";
import { WordDiff } from "./word-diff";

type Props = { from: RevisionContent | null; to: RevisionContent; eventName: (slug: string | null) => string };

/**
 * What a version changes against another, field by field: stance and event as before → after,
 * summary and quote as word diffs, sources as added and removed. With no `from` (a new
 * position) it lists the content.
 */
export function RevisionDiff({ from, to, eventName }: Props) {
  if (!from) {
    return (
      <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
        <PositionFacts content={to} eventName={eventName(to.event)} />
        <dt className="font-medium text-slate-600">Summary</dt>
        <dd>{to.summary}</dd>
        <dt className="font-medium text-slate-600">Sources</dt>
        <dd>
          <SourceList urls={to.sources} />
        </dd>
        {to.quote && (
          <>
            <dt className="font-medium text-slate-600">Quote</dt>
            <dd className="italic">“{to.quote}”</dd>
          </>
        )}
        {to.end && (
          <>
            <dt className="font-medium text-slate-600">{FIELD_LABEL.end}</dt>
            <dd>
              <PositionEndNote end={to.end} variant="left" className="" />
            </dd>
          </>
        )}
      </dl>
    );
  }
  const changed = changedFields(from, to);
  if (changed.length === 0) return <p className="text-sm text-slate-600">No change in content.</p>;
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
      {changed.map((field) => (
        <div key={field} className="contents">
          <dt className="font-medium text-slate-600">{FIELD_LABEL[field]}</dt>
          <dd>
            {field === "stance" && (
              <span className="inline-flex flex-wrap items-center gap-2">
                <StanceBadge stance={from.stance} /> → <StanceBadge stance={to.stance} />
                <span className="sr-only">
                  from {STANCE_LABEL[from.stance]} to {STANCE_LABEL[to.stance]}
                </span>
              </span>
            )}
            {field === "evidence" && `${EVIDENCE_LABEL[from.evidence]} → ${EVIDENCE_LABEL[to.evidence]}`}
            {field === "datePrecision" && `${from.datePrecision} → ${to.datePrecision}`}
            {field === "event" && `${eventName(from.event)} → ${eventName(to.event)}`}
            {field === "summary" && <WordDiff from={from.summary} to={to.summary} />}
            {field === "quote" && <WordDiff from={from.quote ?? ""} to={to.quote ?? ""} />}
            {field === "sources" && <SourceChanges from={from.sources} to={to.sources} />}
            {field === "end" && `${describeEnd(from.end)} → ${describeEnd(to.end)}`}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function SourceChanges({ from, to }: { from: string[]; to: string[] }) {
  const added = to.filter((url) => !from.includes(url));
  const removed = from.filter((url) => !to.includes(url));
  return (
    <ul className="space-y-1">
      {added.map((url) => (
        <li key={`+${url}`} className="break-all">
          <span className="font-medium text-emerald-800">New source: </span>
          <a className="underline" href={url} rel="noopener noreferrer" target="_blank">
            {url}
          </a>
        </li>
      ))}
      {removed.map((url) => (
        <li key={`-${url}`} className="break-all">
          <span className="font-medium text-red-800">Removed source: </span>
          <del>{url}</del>
        </li>
      ))}
      {added.length === 0 && removed.length === 0 && <li>Same sources, in a new order.</li>}
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
