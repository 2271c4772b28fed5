import { RECORD_SETS } from "./record-sets";

// The reference dataset's files (db/dataset/positions/), in the order they are loaded:
// the statements from the article the project grew from, coded by hand, then every record
// set the coding table turns into positions.

export type DatasetFileInfo = {
  id: string;
  title: string;
  coverage: "complete" | "partial";
  coding: "by hand" | "coding table";
};

export const WTPF_2013_SOURCE = "https://cdt.org/blogs/emma-llanso/1705wtpf-successful-outcome-many-questions-remain";

export const DATASET_FILES: DatasetFileInfo[] = [
  {
    id: "wtpf-2013-cdt",
    title: "WTPF-13 statements reported by the Center for Democracy & Technology",
    coverage: "partial",
    coding: "by hand",
  },
  ...RECORD_SETS.map((set) => ({
    id: set.id,
    title: set.title,
    coverage: set.coverage,
    coding: "coding table" as const,
  })),
];
