// Record sets an earlier version of the method coded and the current one does not (rule 7): the
// positions they made are withdrawn at the upgrade with this reason, never deleted.

export type RetiredRecord = {
  file: string;
  topic: string;
  statedOn: string;
  evidence: "statement" | "vote" | "submission" | "endorsement";
  reason: string;
};

export const RETIRED_RECORDS: RetiredRecord[] = [
  {
    file: "unga-73-27-oewg-2018.csv",
    topic: "cyber-norms-process",
    statedOn: "2018-12-05",
    evidence: "vote",
    reason:
      "method v2: rival resolutions are read together (rule 2): this single vote on 73/27 is replaced by one position from the 2018 pair, 73/27 with the rival 73/266 (dated 22 Dec 2018)",
  },
];
