import {
  createLoader,
  createParser,
  createSerializer,
  parseAsArrayOf,
  parseAsBoolean,
  parseAsString,
  parseAsStringLiteral,
} from "./query-params";
import { EVIDENCE_KINDS, M49_REGIONS } from "@/db/enums";
import { MATRIX_TABS, parseSort } from "@/server/shared/matrix-state";
import { EARLIEST_DATE, isCalendarDate } from "@/server/shared/dates";

// The matrix view's whole state lives in the URL. One parser map, used by the server page
// (to render the first paint) and the client view (to change it without a reload).

export const parseAsCalendarDate = createParser({
  parse: (value: string) => (isCalendarDate(value) && value >= EARLIEST_DATE ? value : null),
  serialize: (value: string) => value,
});

const parseAsSort = createParser({ parse: parseSort, serialize: (value: string) => value });

/** `ISO3.topic-slug`: the cell whose detail is open. */
const parseAsCell = createParser({
  parse: (value: string) => (/^[A-Z]{3}\.[a-z0-9-]+$/.test(value) ? value : null),
  serialize: (value: string) => value,
});

const parseAsSlug = createParser({
  parse: (value: string) => (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 60 ? value : null),
  serialize: (value: string) => value,
});

export const matrixParsers = {
  at: parseAsCalendarDate,
  topics: parseAsArrayOf(parseAsString, ","),
  /** Only positions known from these kinds of evidence count. */
  evidence: parseAsArrayOf(parseAsStringLiteral(EVIDENCE_KINDS), ","),
  region: parseAsStringLiteral(M49_REGIONS),
  subregion: parseAsString,
  q: parseAsString,
  only: parseAsStringLiteral(["positions"] as const),
  /** Only governments with a contested position among the topics shown. */
  contested: parseAsStringLiteral(["true"] as const),
  sort: parseAsSort,
  tab: parseAsStringLiteral(MATRIX_TABS),
  topic: parseAsString,
  compact: parseAsBoolean,
  cell: parseAsCell,
  /** Only the members of this bloc as of the date shown. */
  bloc: parseAsSlug,
};

export const loadMatrixParams = createLoader(matrixParsers);
export const serializeMatrixParams = createSerializer(matrixParsers);
