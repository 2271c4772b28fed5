import { type MethodRuleNumber } from "@/db/dataset/record-sets/types";

// The method, version 2, as data: the seven rules that code public records into positions
// (worded from the dataset's README), so /methodology lists them and any page can cite "rule 2".

export type MethodRule = {
  /** 1–7: how pages cite it ("rule 2"). */
  number: MethodRuleNumber;
  title: string;
  text: string;
  /** What the rule changed from version 1 (and why), or that it is new. */
  changed: string;
};

/** The version in force, and when it took effect. */
export const METHOD_VERSION = { number: 2, tookEffect: "December 2026" } as const;

/** How every revision that re-codes a position by version 2 gives its reason (rule 7). */
export const METHOD_V2_REASON_PREFIX = "method v2:";

export const METHOD_RULES: readonly MethodRule[] = [
  {
    number: 1,
    title: "Strength follows what the government did, the same way for every kind of evidence",
    text: "A government's own text or words — a statement, or a text it wrote, tabled, sponsored or launched — are coded at the text's own strength. Support for a text others wrote — a vote, a signature, an endorsement, joining a coalition — is coded one step softer (“leans”). An abstention is mixed.",
    changed:
      "Version 1 coded endorsements at full strength and votes one step softer: an asymmetry that made one camp's evidence look stronger than the other's.",
  },
  {
    number: 2,
    title: "Rival resolutions are read together",
    text: "In 2018, 2019 and 2020 the UN General Assembly voted on two rival texts on the same question: a Russian-led one (73/27, 74/29, 75/240) and a US-led one (73/266, 74/28, 75/32). Both set up processes among states; what divided governments was which approach they preferred. One position per government per session, from both votes: each vote scores yes 1, abstain 0, no −1, and the Russian-led score minus the US-led score above 0 leans intergovernmental, below 0 leans multistakeholder, and 0 (yes to both, say) is mixed. Only governments that voted on both are coded; the summary names both votes.",
    changed:
      "Version 1 coded the Russian-led 2018 vote (73/27) alone; its 179 positions are replaced by the 2018 pair (rule 7).",
  },
  {
    number: 3,
    title: "A single vote is coded only where its yes and its no are the topic's two poles",
    text: "A vote on one text is coded on a topic only where voting yes and voting no are the topic's two poles as the topic words them — as for the UN cybercrime treaty: for or against opening UN negotiations. Votes that barely divide governments (fewer than 5% of those voting dissent) are not coded.",
    changed:
      "Version 1 coded a single vote (73/27) whose yes and no were not the topic's two poles: both rival texts set up processes among states.",
  },
  {
    number: 4,
    title: "Dates say how precise they are",
    text: "A date is a day, a month, a year — or “on or before”: only an upper bound, as for the 67 Paris Call supporters without a date of their own (on or before 16 Sep 2019) and Denmark and Luxembourg in the Freedom Online Coalition. An upper bound counts from its date in the as-of rule, is shown as “by 16 Sep 2019”, and is never shown or counted as a change that happened that day.",
    changed:
      "Version 1 stored an upper bound as an exact day, so a position could seem to change on it, and left out rows that had only an upper bound.",
  },
  {
    number: 5,
    title: "A membership lasts while the membership lasts",
    text: "A position that rests on membership (of the Freedom Online Coalition) ends the day the government leaves — the United States, 10 Feb 2026. After that day the position no longer counts as of a date, and the cell says the government left, with the source.",
    changed: "Version 1 kept a position that rested on a membership after the government left.",
  },
  {
    number: 6,
    title: "Quotation marks hold only words read in the source",
    text: "A quotation is verbatim, read in the source itself. Everything else is paraphrase, unquoted.",
    changed: "Version 1's summary of the 2011 SCO code put a paraphrase of its pledge between quotation marks.",
  },
  {
    number: 7,
    title: "A change of method is a change of the record",
    text: "Positions re-coded by a new version of the method get a new revision by the dataset's account, with the reason (“method v2: rival resolutions read together”) — never a silent rewrite. The next data release lists them.",
    changed: "New: this rule is how version 2 itself reaches the data.",
  },
];

/** "rule 2" → its anchor on /methodology. */
export const ruleAnchor = (number: number) => `rule-${number}`;
