// The one-to-one part of the matching: pairs are taken best first (greedy on the score matrix), each later point
// and each earlier lineage at most once, down to a threshold. Greedy is within a small factor of the optimum
// here because the scores of true pairs stand well above the rest; it costs a sort of the pairs above the
// threshold, where an optimal assignment (Hungarian) would cost n³.

export type AssignInput = {
  rows: number;
  columns: number;
  /** Row-major, rows × columns. */
  score: ArrayLike<number>;
  /** The score a pair needs. */
  threshold: number;
  /** Columns taken with a column: the same point in other versions, so a lineage goes to one later point. */
  related: (column: number) => readonly number[];
};

/** For each row, its column, or -1. */
export function assignOneToOne({ rows, columns, score, threshold, related }: AssignInput): Int32Array {
  const pairs: number[] = [];
  for (let k = 0; k < rows * columns; k++) if ((score[k] as number) >= threshold) pairs.push(k);
  pairs.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
  const match = new Int32Array(rows).fill(-1);
  const taken = new Uint8Array(columns);
  for (const k of pairs) {
    const i = Math.floor(k / columns);
    const j = k % columns;
    if (match[i] !== -1 || taken[j] === 1) continue;
    match[i] = j;
    taken[j] = 1;
    for (const r of related(j)) taken[r] = 1;
  }
  return match;
}
