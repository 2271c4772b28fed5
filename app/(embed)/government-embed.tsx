import { StanceLegend } from "@/app/_components/stance-legend";
import { GovernmentTimelines } from "@/app/_charts/government-timelines";
import { governmentRecord } from "../(site)/governments/[iso3]/government-record";
import { EmbedFooter } from "./embed-footer";

type Props = { iso3: string; today: string; at: string | null };

/** `/embed/governments/[iso3]?at=`: a government's stance on every topic over time, up to a date, for other sites' frames. */
export async function GovernmentEmbed({ iso3, today, at }: Props) {
  const { government, topics, events, entries: all } = await governmentRecord(iso3);
  const until = at ?? today;
  const entries = all.filter((e) => e.statedOn <= until);
  return (
    <>
      <header className="space-y-2">
        <h1 className="text-lg font-bold tracking-tight">{government.name}: stance on Internet governance, topic by topic</h1>
        <StanceLegend compact wrap />
      </header>
      <GovernmentTimelines government={government} topics={topics} entries={entries} events={events} at={until} />
      <EmbedFooter at={until} fullView={`/governments/${government.iso3}`} />
    </>
  );
}
