import { useTranslations } from "next-intl";
import { FilterSelect } from "./filter-select";

type Props = {
  topics: readonly { slug: string; title: string }[];
  governments: readonly { iso3: string; name: string }[];
  topic?: string;
  government?: string;
};

/** A GET filter form's Topic and Government selects (recent changes, the moderation log). */
export function TopicGovernmentFilters({ topics, governments, topic, government }: Props) {
  const t = useTranslations("common.filters");
  return (
    <>
      <FilterSelect
        name="topic"
        label={t("topic")}
        all={t("allTopics")}
        value={topic}
        options={topics.map((item) => [item.slug, item.title])}
      />
      <FilterSelect
        name="government"
        label={t("government")}
        all={t("allGovernments")}
        value={government?.toUpperCase()}
        options={governments.map((g) => [g.iso3, g.name])}
      />
    </>
  );
}
