import { type DatasetLoad } from "@/server/services/dataset";

/** Positions the dataset would change but somebody else edited or withdrew since: their version stands. */
const keptLine = (ids: number[], why: string) =>
  `  Kept as edited by a moderator (${why}; their version stands, nothing overwritten): position${ids.length === 1 ? "" : "s"} ${ids.map((id) => `#${id}`).join(", ")}.`;

/** One line per dataset file that changed anything, and every problem, for the start and seed commands. */
export function describeDatasetLoads(loads: DatasetLoad[]): string[] {
  const lines: string[] = [];
  for (const load of loads) {
    if (load.status === "loaded") {
      const { created, updated, unchanged, kept } = load.counts;
      const parts = [
        [created, "new"],
        [updated, "updated"],
        [unchanged, "unchanged"],
        [kept, "kept as the database has them"],
      ] as const;
      lines.push(
        `Dataset ${load.name}: ${
          parts
            .filter(([n]) => n > 0)
            .map(([n, what]) => `${n} ${what}`)
            .join(", ") || "nothing to do"
        }.`,
      );
      if (load.counts.keptIds?.length) lines.push(keptLine(load.counts.keptIds, "coded differently now"));
    } else if (load.status === "retired") {
      if (load.withdrawn)
        lines.push(
          `Dataset: ${load.withdrawn} position${load.withdrawn === 1 ? "" : "s"} no file holds any more withdrawn, each with its reason.`,
        );
      if (load.keptIds.length) lines.push(keptLine(load.keptIds, "no longer in the dataset"));
    } else if (load.status === "failed") {
      lines.push(
        `Dataset ${load.name} was not loaded (it will be tried again at the next start):`,
        ...load.errors.map((e) => `  ${e}`),
      );
    }
  }
  const current = loads.filter((l) => l.status === "current").length;
  if (current) lines.push(`Dataset: ${current} file${current === 1 ? "" : "s"} already loaded.`);
  return lines;
}
