import { type EvidenceKind } from "@/db/enums";
import { encodeCells, encodeGovernments } from "@/server/shared/matrix-codec";
import { getLocale } from "next-intl/server";
import { getQueryClient, readerTrpc as trpc } from "@/app/_trpc/server";
import { inLocale } from "@/server/i18n/government-names";
import { placeNames } from "@/server/i18n/place-names";
import { allTextsIn } from "@/server/i18n/stored-texts";
import { M49_REGIONS } from "@/db/enums";
import { type MatrixData } from "./matrix-data";
import { matrixColumns } from "./matrix-defaults";
import { MatrixExplorer } from "./matrix-explorer";

type Props = {
  /** The day the page is rendered for: "today" in the view. */
  today: string;
  /** The query string the page is rendered for (the URL state of the client view). */
  search: string;
  /** The topics the URL names, in its order (null: none named). */
  topics: string[] | null;
  at: string | null;
  evidence: EvidenceKind[] | null;
  /** The columns, in order, when the URL names none: the topics with the most data first. */
  defaultTopics: string[];
};

/** Loads the reference data and the cells as of the requested date, and hands them to the client view. */
export async function MatrixSection({ today, search, topics, at, evidence, defaultTopics }: Props) {
  const queryClient = getQueryClient();
  const locale = await getLocale();
  const [allTopics, directory, events, blocs] = await Promise.all([
    queryClient.fetchQuery(trpc.topics.list.queryOptions()).then(allTextsIn(locale)),
    queryClient.fetchQuery(trpc.governments.directory.queryOptions()),
    queryClient.fetchQuery(trpc.events.list.queryOptions()).then(allTextsIn(locale)),
    queryClient.fetchQuery(trpc.blocs.periods.queryOptions()).then(allTextsIn(locale)),
  ]);
  const governments = inLocale(locale, directory);
  const selected = matrixColumns(topics, defaultTopics, allTopics);
  const cellsAt = at ?? today;
  const [{ years, newest }, cells] = await Promise.all([
    queryClient.fetchQuery(trpc.matrix.recordDates.queryOptions({ topics: selected })),
    queryClient.fetchQuery(
      trpc.matrix.cells.queryOptions({ at: cellsAt, topics: selected, ...(evidence?.length ? { evidence } : {}) }),
    ),
  ]);
  const data: MatrixData = {
    today,
    governments: encodeGovernments(governments),
    topics: allTopics.map(({ slug, title, lang }) => ({ slug, title, lang })),
    selected,
    poles: Object.fromEntries(
      allTopics
        .filter((t) => selected.includes(t.slug))
        .map(({ slug, multistakeholderPole, intergovernmentalPole, lang }) => [
          slug,
          { multistakeholderPole, intergovernmentalPole, lang },
        ]),
    ),
    events: events.map(({ slug, name, endDate, lang }) => ({ slug, name, endDate, lang })),
    years,
    newest,
    cells: encodeCells(
      cells,
      governments.map((g) => g.iso3),
      selected,
    ),
    cellsAt,
    evidence: evidence?.length ? evidence : null,
    blocs: blocs.map(({ slug, name, lang, periods }) => ({ slug, name, lang, periods })),
    placeNames: placeNames(locale, [...M49_REGIONS, ...governments.map((g) => g.subregion)]),
  };
  return <MatrixExplorer data={data} search={search} />;
}
