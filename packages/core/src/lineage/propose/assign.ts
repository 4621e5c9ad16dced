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

/** Scores are compared to this many steps (finer than any difference a proposal turns on). */
const SCALE = 2 ** 24;

/** For each row, its column, or -1. */
export function assignOneToOne({ rows, columns, score, threshold, related }: AssignInput): Int32Array {
  // Each pair as one number, score above and position below, so a native numeric sort orders them: best score
  // first, and among equal scores the earlier row and column first.
  const total = rows * columns;
  let count = 0;
  for (let k = 0; k < total; k++) if ((score[k] as number) >= threshold) count++;
  const match = new Int32Array(rows).fill(-1);
  const taken = new Uint8Array(columns);
  let left = Math.min(rows, columns);
  const take = (k: number) => {
    const i = Math.floor(k / columns);
    const j = k % columns;
    if (match[i] !== -1 || taken[j] === 1) return;
    match[i] = j;
    taken[j] = 1;
    left--;
    for (const r of related(j)) taken[r] = 1;
  };
  if (2 * SCALE * total < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count);
    let at = 0;
    for (let k = 0; k < total; k++) {
      const s = score[k] as number;
      if (s >= threshold) keys[at++] = Math.round(s * SCALE) * total + (total - 1 - k);
    }
    keys.sort();
    for (let n = keys.length - 1; n >= 0 && left > 0; n--) take(total - 1 - ((keys[n] as number) % total));
  } else {
    const above: number[] = [];
    for (let k = 0; k < total; k++) if ((score[k] as number) >= threshold) above.push(k);
    above.sort((a, b) => (score[b] as number) - (score[a] as number) || a - b);
    for (const k of above) if (left > 0) take(k);
  }
  return match;
}
