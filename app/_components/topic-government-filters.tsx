import { FilterSelect } from "./filter-select";

type Props = {
  topics: readonly { slug: string; title: string }[];
  governments: readonly { iso3: string; name: string }[];
  topic?: string;
  government?: string;
};

/** A GET filter form's Topic and Government selects (recent changes, the moderation log). */
export function TopicGovernmentFilters({ topics, governments, topic, government }: Props) {
  return (
    <>
      <FilterSelect
        name="topic"
        label="Topic"
        all="All topics"
        value={topic}
        options={topics.map((t) => [t.slug, t.title])}
      />
      <FilterSelect
        name="government"
        label="Government"
        all="All governments"
        value={government?.toUpperCase()}
        options={governments.map((g) => [g.iso3, g.name])}
      />
    </>
  );
}
