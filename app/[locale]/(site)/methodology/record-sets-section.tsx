import { PageSection } from "@/app/_components/page-section";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { RecordSetCard } from "./record-set-card";
import { section } from "./sections";

type Props = {
  sets: readonly RecordSet[];
  topicTitle: (slug: string) => string;
  positions: (id: string) => number | undefined;
};

/** Every record set the dataset codes, each with what it can and cannot tell, and its coding table. */
export function RecordSetsSection({ sets, topicTitle, positions }: Props) {
  return (
    <PageSection {...section("record-sets")}>
      <p className="text-slate-700">
        Each public record the dataset is coded from: what it records, what it says and what it does not, which rules
        code it, how complete it is, and how its values become positions. Summaries say what the record is (“Voted yes
        on UN General Assembly resolution 74/247, 27 Dec 2019, …”) and never more than it says. The six WTPF-13
        positions that started the project were coded by hand from the Center for Democracy &amp; Technology&apos;s
        report, as that report characterises each statement.
      </p>
      <div className="space-y-4">
        {sets.map((set) => (
          <RecordSetCard key={set.id} set={set} topicTitle={topicTitle(set.topic)} positions={positions(set.id)} />
        ))}
      </div>
    </PageSection>
  );
}
