import { type DatePrecision, type EvidenceKind, type Stance } from "@/db/enums";
import { formatDate } from "@/server/shared/dates";

// The product's method, as data: each public record set, what it records, and the coding
// table that turns its rows into positions. The dataset coder (`npm run dataset:code`)
// applies these rules to the facts in db/dataset/records/, and /methodology renders the
// same rules, so the published method and the data cannot drift apart.

/** One row of a facts file (db/dataset/records/*.csv): what the record says, as read from its source. */
export type Fact = { iso3: string; country: string; value: string; date: string; source_url: string };

/** One row of the coding table: a record's value, and the position it becomes. */
export type CodingRule = {
  /** The record's value (or a value with a condition, like "yes, original sponsor"). */
  value: string;
  stance: Stance;
  evidence: EvidenceKind;
  /** How the position is dated, in words. */
  statedOn: string;
};

/** A value a record set holds that is deliberately not a stance. */
export type NotCoded = { value: string; why: string };

/** `event`: where this row differs from the set's (the FOC's founders, at its founding conference). */
export type Coded = { rule: string; date: string; precision: DatePrecision; summary: string; sources: string[]; event?: string };

export type RecordSet = {
  /** The coded file's name without `.csv`: db/dataset/positions/<id>.csv. */
  id: string;
  title: string;
  /** What the record is, in one or two sentences. */
  about: string;
  /** The facts files it is coded from, the first being the main one. */
  records: string[];
  topic: string;
  event: string | null;
  coverage: "complete" | "partial";
  /** Known gaps: partial lists, undated rows, what the source does not separate. */
  gaps: string;
  rules: CodingRule[];
  notCoded: NotCoded[];
  /** One fact → the rule that applies and the position's date, summary and sources; null: not coded. */
  code: (fact: Fact, context: CodingContext) => Coded | null;
};

export type CodingContext = {
  /** The rows of every facts file this set reads, by file name. */
  facts: Record<string, Fact[]>;
  /** A government's name as the site shows it. */
  name: (iso3: string) => string;
};

const list = (names: string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);
const day = (date: string) => ({ date, precision: "day" as const });

/** The commonest coding: the record's own date, its source, and a summary (fixed, or written from the fact). */
const onTheDay =
  (rule: string | ((fact: Fact) => string), summary: string | ((fact: Fact, context: CodingContext) => string)) =>
  (fact: Fact, context: CodingContext): Coded => ({
    rule: typeof rule === "string" ? rule : rule(fact),
    ...day(fact.date),
    summary: typeof summary === "string" ? summary : summary(fact, context),
    sources: [fact.source_url],
  });
const FOC_DECLARATION = "the coalition's founding declaration commits its members to the multistakeholder approach to Internet governance";
const OEWG = "the Russian-led resolution that set up an Open-ended Working Group on state behaviour in cyberspace and listed norms drawn from the SCO code of conduct";
const CYBERCRIME = "which opened a process toward a UN cybercrime convention negotiated by governments";
const VOTED: Record<string, string> = { yes: "Voted yes on", no: "Voted no on", abstain: "Abstained on" };
const voteRules = (statedOn: string): CodingRule[] => [
  { value: "yes", stance: "leans_intergovernmental", evidence: "vote", statedOn },
  { value: "no", stance: "leans_multistakeholder", evidence: "vote", statedOn },
  { value: "abstain", stance: "mixed", evidence: "vote", statedOn },
];

/** The co-submitters of a letter other than this one. */
const others = (fact: Fact, context: CodingContext, file: string) =>
  list((context.facts[file] ?? []).filter((f) => f.iso3 !== fact.iso3).map((f) => context.name(f.iso3)));

const scoCode = (year: 2011 | 2015): RecordSet => {
  const file = `sco_code_of_conduct_${year}.csv`;
  const doc = year === 2011 ? "A/66/359" : "A/69/723";
  return {
    id: `sco-code-of-conduct-${year}`,
    title: `SCO code of conduct for information security, ${year}`,
    about:
      year === 2011
        ? "UN doc A/66/359, letter of 12 Sep 2011: the “International code of conduct for information security”, submitted to the General Assembly. It calls for “multilateral, transparent and democratic international management of the Internet”."
        : "UN doc A/69/723, letter of 9 Jan 2015: the updated code of conduct, submitted to the General Assembly by the 2011 submitters joined by Kazakhstan and Kyrgyzstan.",
    records: [file],
    topic: "governments-role",
    event: null,
    coverage: "complete",
    gaps: "None: every submitter named in the letter.",
    rules: [{ value: "submitted", stance: "intergovernmental", evidence: "submission", statedOn: "the letter's date" }],
    notCoded: [],
    code: onTheDay("submitted", (fact, context) =>
      year === 2011
        ? `Co-submitted the “International code of conduct for information security” to the UN General Assembly with ${others(fact, context, file)} (UN doc ${doc}, letter of ${formatDate(fact.date)}). The code calls for “multilateral, transparent and democratic international management of the Internet”.`
        : `Co-submitted the updated “International code of conduct for information security” to the UN General Assembly with ${others(fact, context, file)} (UN doc ${doc}, letter of ${formatDate(fact.date)}), a revision of the 2011 code.`,
    ),
  };
};

export const RECORD_SETS: RecordSet[] = [
  scoCode(2011),
  {
    id: "ibsa-2011",
    title: "IBSA meeting on global Internet governance, Rio de Janeiro, 2011",
    about:
      "The IBSA (India, Brazil, South Africa) multistakeholder meeting on global Internet governance, Rio de Janeiro, 1–2 Sep 2011, recommended that “an appropriate body is urgently required in the UN system” for global Internet public policy; the same text calls for governance that is “multistakeholder and multilateral”.",
    records: ["ibsa_2011.csv"],
    topic: "enhanced-cooperation",
    event: "ibsa-rio-2011",
    coverage: "complete",
    gaps: "None: the three IBSA governments.",
    rules: [{ value: "proposed_un_body", stance: "leans_intergovernmental", evidence: "submission", statedOn: "2011-09-02 (the meeting's last day); leans, because the text mixes both models" }],
    notCoded: [],
    code: onTheDay(
      "proposed_un_body",
      "At the IBSA (India, Brazil, South Africa) meeting on global Internet governance in Rio de Janeiro, 1–2 Sep 2011, joined the recommendation that “an appropriate body is urgently required in the UN system” for global Internet public policy; the same text also calls for Internet governance that is multistakeholder and multilateral.",
    ),
  },
  {
    id: "india-cirp-2011",
    title: "India's proposal for a UN Committee for Internet-Related Policies, 2011",
    about: "India's proposal to the 66th UN General Assembly (26 Oct 2011) for a UN Committee for Internet-Related Policies (CIRP) of 50 member states.",
    records: ["india_cirp_2011.csv"],
    topic: "enhanced-cooperation",
    event: "unga-66-2011",
    coverage: "complete",
    gaps: "None.",
    rules: [{ value: "proposed_cirp", stance: "intergovernmental", evidence: "statement", statedOn: "2011-10-26" }],
    notCoded: [],
    code: onTheDay(
      "proposed_cirp",
      "In a statement to the 66th session of the UN General Assembly on 26 Oct 2011, proposed a UN Committee for Internet-Related Policies (CIRP) of 50 member states to frame international public policies on Internet governance and report to the General Assembly.",
    ),
  },
  scoCode(2015),
  {
    id: "netmundial-2014-objections",
    title: "Objections to the NETmundial outcome statement, 2014",
    about: "NETmundial, São Paulo, 23–24 Apr 2014: Russia, Cuba and India did not agree to the multistakeholder outcome statement and read objections into the record.",
    records: ["netmundial_2014_objections.csv"],
    topic: "multistakeholder-model",
    event: "netmundial-2014",
    coverage: "complete",
    gaps: "Only objectors are recorded: nobody signed the statement, so agreeing with it is not a record of its own.",
    rules: [{ value: "objected", stance: "leans_intergovernmental", evidence: "statement", statedOn: "2014-04-24" }],
    notCoded: [],
    code: onTheDay(
      "objected",
      "At NETmundial (São Paulo, 23–24 Apr 2014), did not agree to the multistakeholder outcome statement and read an objection into the record.",
    ),
  },
  {
    id: "foc-members",
    title: "Freedom Online Coalition membership",
    about:
      "The Freedom Online Coalition, founded at The Hague on 8–9 Dec 2011; its founding declaration commits members to the multistakeholder approach. Who joined, and when.",
    records: ["foc_members.csv"],
    topic: "multistakeholder-model",
    event: null,
    coverage: "partial",
    gaps: "35 of 42 members are recorded; Denmark and Luxembourg have no date, so they are left out; the founders' rows give only the year, so they are dated at the founding conference.",
    rules: [
      { value: "joined (a founder: dated 2011)", stance: "multistakeholder", evidence: "endorsement", statedOn: "2011-12-09, the founding conference" },
      { value: "joined (a day)", stance: "multistakeholder", evidence: "endorsement", statedOn: "that day" },
      { value: "joined (a year only)", stance: "multistakeholder", evidence: "endorsement", statedOn: "that year, with year precision (counted from 31 Dec)" },
    ],
    notCoded: [
      { value: "joined, no date", why: "a position needs a date; the row is left out rather than guessed" },
      { value: "withdrew", why: "leaving a coalition states no position (the government's page notes it)" },
    ],
    code: (fact) => {
      if (fact.value !== "joined" || !fact.date) return null;
      if (fact.date === "2011") {
        return {
          rule: "joined (a founder: dated 2011)",
          date: "2011-12-09",
          precision: "day",
          event: "foc-hague-2011",
          summary: `A founding member of the Freedom Online Coalition, launched at the Freedom Online conference in The Hague on 8–9 Dec 2011; ${FOC_DECLARATION}.`,
          sources: [fact.source_url],
        };
      }
      if (/^\d{4}$/.test(fact.date)) {
        return {
          rule: "joined (a year only)",
          date: `${fact.date}-12-31`,
          precision: "year",
          summary: `Joined the Freedom Online Coalition in ${fact.date} (the source gives the year only); ${FOC_DECLARATION}.`,
          sources: [fact.source_url],
        };
      }
      return { rule: "joined (a day)", ...day(fact.date), summary: `Joined the Freedom Online Coalition on ${formatDate(fact.date)}; ${FOC_DECLARATION}.`, sources: [fact.source_url] };
    },
  },
  {
    id: "paris-call-states",
    title: "Paris Call for Trust and Security in Cyberspace: state supporters",
    about: "The Paris Call for Trust and Security in Cyberspace, a multistakeholder declaration launched on 12 Nov 2018: the states that support it, from the official site's own repository.",
    records: ["paris_call_states.csv"],
    topic: "cyber-norms-process",
    event: null,
    coverage: "complete",
    gaps: "68 supporters have no date of their own: they are dated 16 Sep 2019, the first record of the official list, and said to have joined on or before that day; launch-day signers cannot be told apart.",
    rules: [
      { value: "supported (dated)", stance: "multistakeholder", evidence: "endorsement", statedOn: "the date" },
      { value: "supported (undated)", stance: "multistakeholder", evidence: "endorsement", statedOn: "2019-09-16, said as “on or before”" },
    ],
    notCoded: [{ value: "not_supported", why: "not signing a declaration states no position" }],
    code: (fact) => {
      if (fact.value !== "supported") return null;
      const about = "the Paris Call for Trust and Security in Cyberspace, a multistakeholder declaration launched on 12 Nov 2018";
      if (!fact.date) {
        return {
          rule: "supported (undated)",
          ...day("2019-09-16"),
          summary: `Listed as a state supporter of ${about}, on or before 16 Sep 2019 (the first record of the official supporters list; the day it joined is not known).`,
          sources: [fact.source_url],
        };
      }
      return { rule: "supported (dated)", ...day(fact.date), summary: `Joined the state supporters of ${about}, on ${formatDate(fact.date)} (official supporters list).`, sources: [fact.source_url] };
    },
  },
  {
    id: "unga-73-27-oewg-2018",
    title: "UN General Assembly resolution 73/27 (OEWG), recorded vote, 2018",
    about: "The recorded vote on A/RES/73/27 (5 Dec 2018), the Russian-led resolution that set up the Open-ended Working Group on state behaviour in cyberspace and listed norms from the SCO code.",
    records: ["unga_73_27_oewg_2018.csv"],
    topic: "cyber-norms-process",
    event: "unga-73-27-2018",
    coverage: "complete",
    gaps: "Members absent from the vote are not listed: absence is not a position.",
    rules: voteRules("2018-12-05"),
    notCoded: [{ value: "absent", why: "not voting states no position" }],
    code: onTheDay(
      (fact) => fact.value,
      (fact) => `${VOTED[fact.value] ?? fact.value} UN General Assembly resolution 73/27 (5 Dec 2018), ${OEWG}.`,
    ),
  },
  {
    id: "unga-74-247-cybercrime-2019",
    title: "UN General Assembly resolution 74/247 (cybercrime), recorded vote, 2019",
    about: "The recorded vote on A/RES/74/247 (27 Dec 2019), which opened the process toward a UN cybercrime convention negotiated by governments, and the draft's original sponsors (A/C.3/74/L.11, 11 Oct 2019).",
    records: ["unga_74_247_cybercrime_2019.csv", "unga_74_247_sponsors_2019.csv"],
    topic: "un-cybercrime-treaty",
    event: "unga-74-247-2019",
    coverage: "complete",
    gaps: "Members absent from the vote are not listed; of the sponsors, only the original ones are recorded.",
    rules: [
      ...voteRules("2019-12-27"),
      { value: "yes, original sponsor", stance: "intergovernmental", evidence: "submission", statedOn: "2019-12-27" },
    ],
    notCoded: [{ value: "absent", why: "not voting states no position" }],
    code: (fact, context) => {
      const sponsor = (context.facts["unga_74_247_sponsors_2019.csv"] ?? []).find((s) => s.iso3 === fact.iso3);
      const resolution = `UN General Assembly resolution 74/247 (27 Dec 2019), ${CYBERCRIME}`;
      if (sponsor && fact.value === "yes") {
        return {
          rule: "yes, original sponsor",
          ...day(fact.date),
          summary: `An original sponsor of the draft resolution (A/C.3/74/L.11, ${formatDate(sponsor.date)}), then voted yes on ${resolution}.`,
          sources: [fact.source_url, sponsor.source_url],
        };
      }
      return onTheDay(fact.value, `${VOTED[fact.value] ?? fact.value} ${resolution}.`)(fact, context);
    },
  },
];
