import { useTranslations } from "next-intl";
import Link from "@/app/_components/link";
import { type PublicPosition } from "@/server/services/positions";
import { type Reply } from "@/server/services/replies";
import { ContestedNotice } from "@/app/_components/contested-notice";
import { GovernmentReply } from "@/app/_components/government-reply";
import { EvidenceBadge } from "@/app/_components/evidence-badge";
import { PositionEndNote } from "@/app/_components/position-end";
import { StatedOn } from "@/app/_components/stated-on";
import { PositionSummary, type SummaryText } from "@/app/_components/position-summary";
import { useWrittenIn } from "@/app/_components/use-stored-text";
import { type Locale } from "@/server/i18n/locales";
import { StanceBadge } from "../../matrix/stance-badge";

type Named = { slug: string; lang: Locale };
type Props = {
  iso3: string;
  positions: (PublicPosition & Pick<SummaryText, "translation">)[];
  replies: Reply[];
  /** The topics' and events' texts in the page's language where translated (`lang` says which). */
  topics: (Named & { title: string })[];
  events: (Named & { name: string })[];
};

/** A government's positions, newest first, each with its evidence, its end if it ended, sources and the government's replies, and the same as a CSV download. */
export function PositionList({ iso3, positions, replies, topics, events }: Props) {
  const t = useTranslations("governments.positions");
  const writtenIn = useWrittenIn();
  const topicOf = (slug: string) => topics.find((topic) => topic.slug === slug);
  const eventOf = (slug: string) => events.find((event) => event.slug === slug);
  return (
    <>
      <p className="text-sm">
        <a className="underline" href={`/api/v1/positions.csv?government=${iso3}`} download>
          {t("download")}
        </a>
      </p>
      <ol className="space-y-3">
        {positions.map((p) => (
          <li key={p.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center gap-3">
              <StanceBadge stance={p.stance} />
              <EvidenceBadge evidence={p.evidence} link />
              <span className="font-medium" {...writtenIn(topicOf(p.topic)?.lang)}>
                {topicOf(p.topic)?.title ?? p.topic}
              </span>
              <span className="text-sm text-slate-600">
                <StatedOn date={p.statedOn} precision={p.datePrecision} />
                {p.event && (
                  <>
                    {" · "}
                    <Link href={`/events/${p.event}`} className="underline" {...writtenIn(eventOf(p.event)?.lang)}>
                      {eventOf(p.event)?.name ?? p.event}
                    </Link>
                  </>
                )}
              </span>
            </div>
            {p.end && <PositionEndNote end={p.end} />}
            {p.contestedNote && <ContestedNotice note={p.contestedNote} />}
            <PositionSummary position={p} className="text-slate-800" />
            {p.quote && (
              <blockquote className="border-s-4 border-slate-300 ps-3 italic" {...writtenIn(p.language)}>
                {t("quote", { quote: p.quote })}
              </blockquote>
            )}
            <ul className="text-sm">
              {p.sources.map((url) => (
                <li key={url}>
                  {t.rich("source", {
                    link: () => (
                      <a className="break-all underline" href={url} rel="noopener noreferrer">
                        {url}
                      </a>
                    ),
                  })}
                </li>
              ))}
            </ul>
            {replies
              .filter((r) => r.positionId === p.id)
              .map((reply) => (
                <GovernmentReply key={reply.id} reply={reply} />
              ))}
          </li>
        ))}
      </ol>
    </>
  );
}
