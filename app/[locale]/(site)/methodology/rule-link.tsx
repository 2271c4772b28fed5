import { ruleAnchor } from "@/server/shared/method-rules";

/** A message's <rule> tag ("(<rule>rule 4</rule>)"): its words, linked to that rule on this page. */
export const ruleLink = (number: number) => {
  const RuleLink = (chunks: React.ReactNode) => (
    <a href={`#${ruleAnchor(number)}`} className="underline">
      {chunks}
    </a>
  );
  return RuleLink;
};
