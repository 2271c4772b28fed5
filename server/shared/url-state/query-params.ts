// A view's state in its URL's query: a parser per parameter, a loader that reads them all (what it cannot read is
// null, never an error) and a serializer that writes a canonical query (the page cache's keys are made of it).
// The same few parts nuqs offers, in nuqs's own query format (`topics=a,b&q=two+words`), written here because the
// matrix runs them in the browser on every change of view, and nuqs's module (its hooks' queues, its debug
// messages) was 2.6 kB of /matrix's gzipped JavaScript, for parsers and two loops.

/** Reads a parameter's value (null: not one it takes) and writes one (methods: a map may hold parsers of any type). */
export type QueryParser<T> = { parse(value: string): T | null; serialize(value: T): string };

/** A parser from its two functions: a value the URL may carry, read (null: not one) and written; typed by what it reads. */
export const createParser = <T>(parser: {
  parse: (value: string) => T | null;
  serialize: (value: NoInfer<T>) => string;
}): QueryParser<T> => parser;

export const parseAsString = createParser({ parse: (value: string) => value, serialize: (value: string) => value });

export const parseAsBoolean = createParser({
  parse: (value: string) => value.toLowerCase() === "true",
  serialize: (value: boolean) => String(value),
});

/** One of a fixed list of words. */
export const parseAsStringLiteral = <const L extends string>(values: readonly L[]) =>
  createParser({
    parse: (value: string) => values.find((known) => known === value) ?? null,
    serialize: (value) => value,
  });

/** A list, its items apart by `separator` (one inside an item is escaped); items the item parser refuses are left out. */
export function parseAsArrayOf<T>(item: QueryParser<T>, separator = ","): QueryParser<T[]> {
  const escaped = encodeURIComponent(separator);
  return createParser({
    parse: (value) =>
      value === ""
        ? []
        : value
            .split(separator)
            .map((part) => item.parse(part.replaceAll(escaped, separator)))
            .filter((parsed): parsed is T => parsed !== null && parsed !== undefined),
    serialize: (values) => values.map((value) => item.serialize(value).replaceAll(separator, escaped)).join(separator),
  });
}

type Parsers = Record<string, QueryParser<unknown>>;

/** The values a parser map reads: each parameter's, or null where the URL has none (or none that parses). */
export type inferParserType<P extends Parsers> = {
  [K in keyof P]: P[K] extends QueryParser<infer T> ? T | null : never;
};

/** A parser's reading, or null where it throws: a reader's URL is never an error. */
function parseOrNull<T>(parser: QueryParser<T>, value: string): T | null {
  try {
    return parser.parse(value);
  } catch {
    return null;
  }
}

/** Reads every parameter of the map from a query. */
export function createLoader<P extends Parsers>(parsers: P) {
  return (query: URLSearchParams): inferParserType<P> => {
    const values: Record<string, unknown> = {};
    for (const [key, parser] of Object.entries(parsers)) {
      const value = query.get(key);
      values[key] = value === null ? null : parseOrNull(parser, value);
    }
    return values as inferParserType<P>;
  };
}

/** A query value as nuqs writes it: readable (`a,b`, `two+words`), escaping only what would end or change it. */
const encodeValue = (value: string) =>
  value
    .replace(/%/g, "%25")
    .replace(/\+/g, "%2B")
    .replace(/ /g, "+")
    .replace(/#/g, "%23")
    .replace(/&/g, "%26")
    .replace(/"/g, "%22")
    .replace(/'/g, "%27")
    .replace(/`/g, "%60")
    .replace(/</g, "%3C")
    .replace(/>/g, "%3E")
    .replace(/[\x00-\x1F]/g, (char) => encodeURIComponent(char));

/** A key as nuqs writes it: what would end it or the query escaped. */
const encodeKey = (key: string) =>
  key.replace(/#/g, "%23").replace(/&/g, "%26").replace(/\+/g, "%2B").replace(/=/g, "%3D").replace(/\?/g, "%3F");

const render = (query: URLSearchParams) =>
  query.size ? `?${[...query].map(([key, value]) => `${encodeKey(key)}=${encodeValue(value)}`).join("&")}` : "";

/**
 * Writes values as a query (`?…`, or "" for none): given a query to start from (`?a=1`), the values change it
 * (null removes a parameter, undefined leaves it); given only values, the query has just those not null.
 */
export function createSerializer<P extends Parsers>(parsers: P) {
  function serialize(values: Partial<inferParserType<P>>): string;
  function serialize(base: string, values: Partial<inferParserType<P>>): string;
  function serialize(first: string | Partial<inferParserType<P>>, patch: Partial<inferParserType<P>> = {}): string {
    const [query, values] =
      typeof first === "string"
        ? [new URLSearchParams(first.split("?").slice(1).join("?")), patch]
        : [new URLSearchParams(), first];
    for (const [key, parser] of Object.entries(parsers)) {
      const value = Object.hasOwn(values, key) ? (values as Record<string, unknown>)[key] : undefined;
      if (value === undefined) continue;
      if (value === null) query.delete(key);
      else query.set(key, parser.serialize(value));
    }
    return render(query);
  }
  return serialize;
}
