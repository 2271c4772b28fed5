import { type CodingContext, type Fact, formatDay, NOT_VOTING, type NotCodedRow, type RecordSet, VOTED } from "./types";

// The rival UN General Assembly resolutions on ICT and international security, read together
// (rule 2): in 2018, 2019 and 2020 a Russian-led text (R) and a US-led one (U) each set up a
// process among states. One position per government per session: R − U, scoring yes 1,
// abstain 0, no −1; only governments that voted on both are coded.

type Resolution = { file: string; number: string; what: string; about: string };
type Pair = { year: number; event: string; later: string; r: Resolution; u: Resolution; onlyOne: number; gaps: string };

const PAIRS: Pair[] = [
  {
    year: 2018,
    event: "unga-73-ict-2018",
    later: "2018-12-22",
    r: {
      file: "unga_73_27_oewg_2018.csv",
      number: "73/27",
      what: "Open-ended Working Group",
      about:
        "set up the Open-ended Working Group; its list of norms largely restates the 2015 GGE report, with additions from the SCO code",
    },
    u: {
      file: "unga_73_266_gge_2018.csv",
      number: "73/266",
      what: "Group of Governmental Experts",
      about: "set up a new Group of Governmental Experts",
    },
    onlyOne: 29,
    gaps: "The dataset's tally for 73/266 is 138 yes, 12 no and 16 abstentions; the official tally is 139, 11 and 16, so one recorded no is probably a yes (unknown which).",
  },
  {
    year: 2019,
    event: "unga-74-ict-2019",
    later: "2019-12-12",
    r: {
      file: "unga_74_29_oewg_2019.csv",
      number: "74/29",
      what: "Open-ended Working Group track",
      about: "carried on the Open-ended Working Group track",
    },
    u: {
      file: "unga_74_28_gge_2019.csv",
      number: "74/28",
      what: "Group of Governmental Experts track",
      about: "carried on the Group of Governmental Experts track",
    },
    onlyOne: 5,
    gaps: "",
  },
  {
    year: 2020,
    event: "unga-75-ict-2020",
    later: "2020-12-31",
    r: {
      file: "unga_75_240_oewg_2020.csv",
      number: "75/240",
      what: "Open-ended Working Group 2021–2025",
      about: "set up the Open-ended Working Group 2021–2025",
    },
    u: {
      file: "unga_75_32_gge_2020.csv",
      number: "75/32",
      what: "on responsible state behaviour",
      about: "was on responsible state behaviour in cyberspace",
    },
    onlyOne: 25,
    gaps: "30 members have no recorded vote on 75/240 and 13 none on 75/32.",
  },
];

const SCORE: Record<string, number> = { yes: 1, abstain: 0, no: -1 };
const voted = (fact: Fact | undefined): fact is Fact => fact !== undefined && fact.value in SCORE;
const ONLY_ONE = { value: "voted on only one", why: "voted on only one of the two rival resolutions" };
const RULE = {
  r: "R − U above 0 (prefers the Russian-led text)",
  u: "R − U below 0 (prefers the US-led text)",
  even: "R − U = 0 (e.g. yes to both)",
};

/** The second vote's words after "and": "no on", "abstained on", or "voted yes on" after an abstention. */
const second = (r: string, u: string) =>
  u === "abstain" ? "abstained on" : r === "abstain" ? `voted ${u} on` : `${u} on`;
const PREFERENCE = {
  r: "prefers the Russian-led process",
  u: "prefers the US-led process",
  even: "no preference between the two processes",
};

function summary(pair: Pair, rFact: Fact, uFact: Fact, side: keyof typeof RULE): string {
  const r = `the Russian-led UN General Assembly resolution ${pair.r.number} (${formatDay(rFact.date)}, ${pair.r.what})`;
  const u = `the US-led resolution ${pair.u.number} (${formatDay(uFact.date)}, ${pair.u.what})`;
  const votes =
    rFact.value === uFact.value
      ? `${VOTED[rFact.value] ?? rFact.value} both ${r} and ${u}`
      : `${VOTED[rFact.value] ?? rFact.value} ${r} and ${second(rFact.value, uFact.value)} ${u}`;
  return `${votes}: ${PREFERENCE[side]}.`;
}

/** Every government on either roll call that is not coded: it voted on only one of the two, or on neither. */
function notCodedRows(pair: Pair, context: CodingContext): NotCodedRow[] {
  const rFacts = context.facts[pair.r.file] ?? [];
  const uFacts = context.facts[pair.u.file] ?? [];
  const iso3s = [...new Set([...rFacts, ...uFacts].map((f) => f.iso3))];
  return iso3s.flatMap((iso3) => {
    const r = rFacts.find((f) => f.iso3 === iso3);
    const u = uFacts.find((f) => f.iso3 === iso3);
    if (voted(r) && voted(u)) return [];
    const cast = voted(r) ? r : voted(u) ? u : undefined;
    if (cast) return [{ fact: cast, why: ONLY_ONE.why }];
    const absent = [r, u].find((f) => f?.value === NOT_VOTING.value);
    return absent ? [{ fact: absent, why: NOT_VOTING.why }] : [];
  });
}

const rivalPair = (pair: Pair): RecordSet => ({
  id: `unga-rival-pair-${pair.year}`,
  title: `UN General Assembly rival resolutions ${pair.r.number} and ${pair.u.number}, read together, ${pair.year}`,
  about: `The General Assembly's recorded votes on two rival texts on the same question: the Russian-led ${pair.r.number}, which ${pair.r.about}, and the US-led ${pair.u.number}, which ${pair.u.about}. Both set up processes among states; what divided governments was which approach they preferred.`,
  says: "Which of two rival state-led processes the government voted for: the Russian-led text's sponsors argued for the intergovernmental pole (states alone, in UN bodies), the US-led text's for the multistakeholder one.",
  doesNotSay:
    "It does not say a government prefers multistakeholder governance; only which of two state-led processes it voted for.",
  records: [pair.r.file, pair.u.file],
  topic: "cyber-norms-process",
  event: pair.event,
  coverage: "complete",
  gaps: `${pair.onlyOne} governments voted on only one of the two texts and are not coded; members with no recorded vote state no position.${pair.gaps ? ` ${pair.gaps}` : ""}`,
  methodRules: [2],
  recodeReason: null,
  rules: [
    { value: RULE.r, stance: "leans_intergovernmental", evidence: "vote", statedOn: `${pair.later}, the later vote` },
    { value: RULE.u, stance: "leans_multistakeholder", evidence: "vote", statedOn: `${pair.later}, the later vote` },
    { value: RULE.even, stance: "mixed", evidence: "vote", statedOn: `${pair.later}, the later vote` },
  ],
  notCoded: [NOT_VOTING, ONLY_ONE],
  code: (rFact, context) => {
    const uFact = (context.facts[pair.u.file] ?? []).find((f) => f.iso3 === rFact.iso3);
    if (!voted(rFact) || !voted(uFact)) return null;
    const difference = (SCORE[rFact.value] ?? 0) - (SCORE[uFact.value] ?? 0);
    const side = difference > 0 ? "r" : difference < 0 ? "u" : "even";
    const date = rFact.date > uFact.date ? rFact.date : uFact.date;
    return {
      rule: RULE[side],
      date,
      precision: "day",
      summary: summary(pair, rFact, uFact, side),
      sources: [...new Set([rFact.source_url, uFact.source_url])],
    };
  },
  notCodedRows: (context) => notCodedRows(pair, context),
});

export const UNGA_RIVAL_PAIRS = PAIRS.map(rivalPair);
