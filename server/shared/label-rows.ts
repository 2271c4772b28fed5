// Labels along an axis that must not overlap: each goes on the first row whose last label ends
// before it begins (greedy interval packing, in order along the axis).

export type AxisLabel = { x: number; width: number };

/** The row of each label, in the order given: 0 for the first row, 1 for the next, … */
export function labelRows(labels: readonly AxisLabel[], gap = 4): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => (labels[a]?.x ?? 0) - (labels[b]?.x ?? 0));
  const rowEnds: number[] = [];
  const rows = new Array<number>(labels.length).fill(0);
  for (const i of order) {
    const { x, width } = labels[i] ?? { x: 0, width: 0 };
    const row = rowEnds.findIndex((end) => end + gap <= x);
    const chosen = row === -1 ? rowEnds.length : row;
    rowEnds[chosen] = x + width;
    rows[i] = chosen;
  }
  return rows;
}
