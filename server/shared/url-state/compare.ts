import { createLoader, createParser, createSerializer } from "./query-params";
import { MAX_COMPARED } from "@/server/shared/compare-limits";
import { parseAsCalendarDate } from "./matrix";

// The comparison's state lives in the URL: `governments=RUS,USA&at=2019-12-28`.

/** Distinct ISO3 codes, upper-cased, at most six; anything else is not a code and is left out of the key. */
const parseAsGovernments = createParser({
  parse: (value: string) => {
    const codes = [...new Set(value.split(",").map((code) => code.trim().toUpperCase()))].filter((code) =>
      /^[A-Z]{3}$/.test(code),
    );
    return codes.length ? codes.slice(0, MAX_COMPARED) : null;
  },
  serialize: (codes: string[]) => codes.join(","),
});

export const compareParsers = { governments: parseAsGovernments, at: parseAsCalendarDate };
export const loadCompareParams = createLoader(compareParsers);
export const serializeCompareParams = createSerializer(compareParsers);
