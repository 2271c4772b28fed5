import { useTranslations } from "next-intl";
import { type RecordSet } from "@/db/dataset/record-sets/types";
import { type Locale } from "@/server/i18n/locales";
import { MethodSection } from "./method-section";
import { RecordSetCard } from "./record-set-card";

type Props = {
  sets: readonly RecordSet[];
  /** A topic's title in the page's language where translated, and the language it is in. */
  topicOf: (slug: string) => { title: string; lang: Locale };
  positions: (id: string) => number | undefined;
};

/** Every record set the dataset codes, each with what it can and cannot tell, and its coding table. */
export function RecordSetsSection({ sets, topicOf, positions }: Props) {
  const t = useTranslations("methodology.recordSets");
  return (
    <MethodSection id="record-sets">
      <p className="text-slate-700">{t("explained")}</p>
      <div className="space-y-4">
        {sets.map((set) => (
          <RecordSetCard key={set.id} set={set} topic={topicOf(set.topic)} positions={positions(set.id)} />
        ))}
      </div>
    </MethodSection>
  );
}
