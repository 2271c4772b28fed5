import { useFormatter, useTranslations } from "next-intl";
import { type RecordSummary, type TallyEntry } from "@/db/dataset/record-pages/record-reading";

const VOTES = ["yes", "no", "abstain"] as const;

/** A vote's yes, no and abstain counts as "119 / 46 / 14". */
export const tallyText = (counts: Partial<Record<(typeof VOTES)[number], number>>) =>
  VOTES.map((v) => counts[v] ?? 0).join(" / ");

export const shippedVotes = (tally: TallyEntry[]) =>
  Object.fromEntries(tally.map((t) => [t.value, t.count])) as Record<string, number>;

/** A record's tally in one line: a vote's counts (with the official tally beside them), else each value's count. */
export function TallyLine({ record }: { record: Pick<RecordSummary, "kind" | "tally" | "official"> }) {
  const t = useTranslations("records");
  const format = useFormatter();
  if (record.kind !== "roll_call")
    return (
      <span lang="en">{record.tally.map((entry) => `${entry.value} ${format.number(entry.count)}`).join(", ")}</span>
    );
  return (
    <span>
      <span className="tabular-nums">{tallyText(shippedVotes(record.tally))}</span>
      {record.official && (
        <span className="block text-xs text-slate-600">
          {t("officialShort", { tally: tallyText(record.official) })}
        </span>
      )}
    </span>
  );
}

/** The tally of every value as shipped, beside the official one where a source gives it, and whether they agree. */
export function TallyTable({ record }: { record: RecordSummary }) {
  const t = useTranslations("records");
  const format = useFormatter();
  const official = record.official;
  const officialOf = (value: string) =>
    official && (VOTES as readonly string[]).includes(value) ? official[value as (typeof VOTES)[number]] : null;
  return (
    <div className="space-y-2">
      <table className="min-w-64 text-sm" aria-label={t("tallyLabel")}>
        <thead>
          <tr className="border-b border-slate-300 text-start">
            <th scope="col" className="py-1 pe-6 text-start">
              {t("tallyValue")}
            </th>
            <th scope="col" className="py-1 pe-6 text-end">
              {t("tallyShipped")}
            </th>
            {official && (
              <th scope="col" className="py-1 text-end">
                {t("tallyOfficial")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {record.tally.map((entry) => {
            const theirs = officialOf(entry.value);
            return (
              <tr key={entry.value} className="border-b border-slate-100">
                <th scope="row" className="py-1 pe-6 text-start font-normal" lang="en">
                  <code>{entry.value}</code>
                </th>
                <td className="py-1 pe-6 text-end tabular-nums">{format.number(entry.count)}</td>
                {official && (
                  <td
                    className={`py-1 text-end tabular-nums ${theirs !== null && theirs !== entry.count ? "font-semibold text-amber-800" : ""}`}
                  >
                    {theirs === null ? "—" : format.number(theirs)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {record.matchesOfficial === true && <p className="text-sm text-emerald-800">{t("tallyMatches")}</p>}
      {record.matchesOfficial === false && official && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950" role="note">
          {t("tallyDiffers", { shipped: tallyText(shippedVotes(record.tally)), official: tallyText(official) })}
        </p>
      )}
      {record.kind === "roll_call" && !official && <p className="text-sm text-slate-600">{t("noOfficial")}</p>}
      {official && (
        <p className="text-xs text-slate-600">
          {t("officialSource")}{" "}
          {/^https?:\/\//.test(official.source) ? (
            <a href={official.source} className="break-all underline" rel="noopener noreferrer">
              {official.source}
            </a>
          ) : (
            <code lang="en">{official.source}</code>
          )}{" "}
          <span lang="en">{official.note}</span>
        </p>
      )}
    </div>
  );
}
