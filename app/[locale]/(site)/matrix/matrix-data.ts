import { type DatePrecision, type EvidenceKind } from "@/db/enums";
import { type Locale } from "@/server/i18n/locales";
import { type MembershipPeriod } from "@/server/shared/bloc-membership";
import { type MatrixTopic } from "@/server/shared/matrix-types";
import { type Poles } from "@/server/shared/stance-meaning";

/** What the server hands the matrix explorer, compact (server/shared/matrix-codec.ts): the page's payload repeats it. */
export type MatrixData = {
  today: string;
  /** Every government, encoded by encodeGovernments. */
  governments: string;
  /** Every active topic, for the topic choice; `selected` are the columns, in order. */
  topics: MatrixTopic[];
  selected: string[];
  /** What the two ends of the scale mean on each selected topic (once per topic: the column headers and a cell's detail say it). */
  poles: Record<string, Poles>;
  events: { slug: string; name: string; endDate: string; lang: Locale }[];
  /** Years with positions on the selected topics (stops for the time control). */
  years: string[];
  /** The newest position's date on the selected topics, at its precision (null with none): how far the record reaches. */
  newest: { date: string; precision: DatePrecision } | null;
  /** The cells the page was rendered with (encoded by encodeCells, in the order of `governments` and `selected`): as of `cellsAt`, counting `evidence`. */
  cells: string;
  cellsAt: string;
  evidence: EvidenceKind[] | null;
  /** Every bloc with its membership periods: the Bloc filter and bloc rows, for any date. */
  blocs: { slug: string; name: string; lang: Locale; periods: MembershipPeriod[] }[];
  /** The M49 regions' and subregions' names in the page's language, by their English names (server/i18n/place-names.ts). */
  placeNames: Record<string, string>;
};
