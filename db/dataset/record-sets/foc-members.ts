import { isCalendarDate } from "@/server/shared/dates";
import { type Coded, type CodingContext, type Fact, formatDay, type PositionEnd, type RecordSet } from "./types";

// Freedom Online Coalition membership: joining endorses a text others wrote, so it is coded one
// step softer than that text (rule 1), and the position lasts while the membership does (rule 5).

const FILE = "foc_members.csv";
const COMMITS =
  "joining means endorsing its founding declaration, and its Tallinn Agenda (28 Apr 2014) pledges, as its 2014 chair summarised it, “to preserve and strengthen the multi-stakeholder model of Internet governance”";

/**
 * Upper bounds for the members the file gives no date (rule 4), from the status column of
 * db/dataset/records/README.md for foc_members.csv: "Denmark joined on or before 2020-12-07,
 * Luxembourg on or before 2022-03-31 (rows without a date)".
 */
const JOINED_BY: Record<string, string> = { DNK: "2020-12-07", LUX: "2022-03-31" };

const RULE = {
  founder: "joined (a founder: dated 2011)",
  day: "joined (a day)",
  year: "joined (a year only)",
  bound: "joined (no date: on or before)",
};

function joined(fact: Fact): Omit<Coded, "sources"> | null {
  if (fact.date === "2011") {
    const summary = `A founding member of the Freedom Online Coalition, launched at the Freedom Online conference in The Hague on 8–9 Dec 2011; ${COMMITS}.`;
    return { rule: RULE.founder, date: "2011-12-09", precision: "day", event: "foc-hague-2011", summary };
  }
  if (/^\d{4}$/.test(fact.date))
    return {
      rule: RULE.year,
      date: `${fact.date}-12-31`,
      precision: "year",
      summary: `Joined the Freedom Online Coalition in ${fact.date} (the source gives the year only); ${COMMITS}.`,
    };
  if (fact.date)
    return {
      rule: RULE.day,
      date: fact.date,
      precision: "day",
      summary: `Joined the Freedom Online Coalition on ${formatDay(fact.date)}; ${COMMITS}.`,
    };
  const by = JOINED_BY[fact.iso3];
  if (!by) return null; // no date and no known bound: left out rather than guessed
  return {
    rule: RULE.bound,
    date: by,
    precision: "on_or_before",
    summary: `Joined the Freedom Online Coalition on or before ${formatDay(by)} (the source gives no date); ${COMMITS}.`,
  };
}

/** The day the government left the coalition, which ends its position (rule 5). */
function leaving(fact: Fact, context: CodingContext): PositionEnd | undefined {
  const left = (context.facts[FILE] ?? []).find(
    (f) => f.iso3 === fact.iso3 && f.value === "withdrew" && isCalendarDate(f.date),
  );
  return (
    left && {
      on: left.date,
      note: `Withdrew from the Freedom Online Coalition (letter of ${formatDay(left.date)})`,
      source: left.source_url,
    }
  );
}

const rule = (value: string, statedOn: string) => ({
  value,
  stance: "leans_multistakeholder" as const,
  evidence: "endorsement" as const,
  statedOn,
});

export const FOC_MEMBERS: RecordSet = {
  id: "foc-members",
  title: "Freedom Online Coalition membership",
  about: `The Freedom Online Coalition, founded at The Hague on 8–9 Dec 2011: who joined, and when. As the coalition says, ${COMMITS}.`,
  says: "The government joined the coalition, which means endorsing its founding declaration; the coalition's Tallinn Agenda pledges to preserve and strengthen the multi-stakeholder model of Internet governance.",
  doesNotSay:
    "It does not say the government wrote or stated those commitments itself, nor where it stood before it joined or after it left.",
  records: [FILE],
  topic: "multistakeholder-model",
  event: null,
  coverage: "partial",
  gaps: "35 of 42 members are recorded; seven are not yet sourced. The founders' rows give only the year, so they are dated at the founding conference; Denmark and Luxembourg have no date and are dated on or before 7 Dec 2020 and 31 Mar 2022. The United States withdrew (letter of 10 Feb 2026): leaving is not a position of its own, but it ends the United States' position that day (rule 5).",
  methodRules: [1, 4, 5],
  recodeReason: "method v2: joining a coalition is support for a text others wrote, coded one step softer (rule 1)",
  rules: [
    rule(RULE.founder, "2011-12-09, the founding conference"),
    rule(RULE.day, "that day"),
    rule(RULE.year, "that year, with year precision (counted from 31 Dec)"),
    rule(RULE.bound, "on or before the bound the list gives (Denmark 7 Dec 2020, Luxembourg 31 Mar 2022)"),
  ],
  notCoded: [],
  code: (fact, context) => {
    const coded = fact.value === "joined" ? joined(fact) : null;
    if (!coded) return null;
    const end = leaving(fact, context);
    return { ...coded, sources: [fact.source_url], ...(end && { end }) };
  },
};
