import { CYBERCRIME_CONVENTION } from "./cybercrime-convention";
import { FOC_MEMBERS } from "./foc-members";
import { IBSA_2011 } from "./ibsa-2011";
import { INDIA_CIRP_2011 } from "./india-cirp-2011";
import { INDIA_ICANN53_2015 } from "./india-icann53-2015";
import { NETMUNDIAL_2014 } from "./netmundial-2014";
import { PARIS_CALL_STATES } from "./paris-call";
import { SCO_CODE_2011, SCO_CODE_2015 } from "./sco-code";
import { type RecordSet } from "./types";
import { UNGA_73_187, UNGA_74_247 } from "./unga-cybercrime";
import { UNGA_RIVAL_PAIRS } from "./unga-rival-pairs";
import { WCIT_2012 } from "./wcit-2012";

// The product's method, as data: each public record set, what it records, and the coding
// table that turns its rows into positions (method v2, db/dataset/records/README.md). The
// dataset coder (`npm run dataset:code`) applies these rules to the facts in db/dataset/records/,
// and /methodology renders the same rules, so the published method and the data cannot drift apart.

export type {
  CodingContext,
  CodingRule,
  Coded,
  Fact,
  MethodRuleNumber,
  NotCoded,
  NotCodedRow,
  PositionEnd,
  RecordSet,
} from "./types";

/** Every record set, in the order its file is loaded (grouped by topic, then by date). */
export const RECORD_SETS: RecordSet[] = [
  SCO_CODE_2011,
  IBSA_2011,
  INDIA_CIRP_2011,
  SCO_CODE_2015,
  NETMUNDIAL_2014,
  INDIA_ICANN53_2015,
  FOC_MEMBERS,
  WCIT_2012,
  PARIS_CALL_STATES,
  ...UNGA_RIVAL_PAIRS,
  UNGA_73_187,
  UNGA_74_247,
  CYBERCRIME_CONVENTION,
];
