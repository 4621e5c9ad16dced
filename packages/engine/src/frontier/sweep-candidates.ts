// The sweep's candidates (merge-layer-sweep.ts): the previous layer shifted by each option, in decreasing
// lexicographic order and in decreasing u1 order, by merging the shifted runs instead of sorting.
import type { Layer } from './merge-layer-2d.ts';

/** A layer kept for the sweep: vectors in decreasing lexicographic order, and its nodes by decreasing u1. */
export type SweepLayer = Layer & { byU1: Int32Array };

export type SweepPrune = { rest: Float64Array; floors: Float64Array; slack: number };

/** Above this many options the run heads are not scanned; the candidates are sorted instead. */
const MAX_RUNS = 12;

/** a ≥ b in decreasing lexicographic order (a comes first or they are equal). */
export function lexGe(v: Float64Array, a: number, b: number, k: number): boolean {
  for (let p = 0; p < k; p++) {
    const x = v[a * k + p] as number;
    const y = v[b * k + p] as number;
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * Merges sorted runs (lists of candidate indices) into one list, by decreasing `key` (cand[idx * k + key]) and, on
 * equal keys, by `ge` when given; sorts instead when there are many runs. The keys are compared inline: this is a
 * step's inner loop.
 */
export function mergeRuns(
  runs: Int32Array[],
  total: number,
  cand: Float64Array,
  k: number,
  key: number,
  ge?: (a: number, b: number) => boolean,
): Int32Array {
  const out = new Int32Array(total);
  const first = (a: number, b: number) => {
    const x = cand[a * k + key] as number;
    const y = cand[b * k + key] as number;
    return x > y || (x === y && (!ge || ge(a, b)));
  };
  if (runs.length > MAX_RUNS) {
    let o = 0;
    for (const r of runs) {
      out.set(r, o);
      o += r.length;
    }
    return out.sort((a, b) => (first(a, b) ? (first(b, a) ? 0 : -1) : 1));
  }
  const at = new Int32Array(runs.length);
  for (let o = 0; o < total; o++) {
    let pick = -1;
    let best = -1;
    let bestKey = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < runs.length; j++) {
      const r = runs[j] as Int32Array;
      const i = at[j] as number;
      if (i >= r.length) continue;
      const c = r[i] as number;
      const v = cand[c * k + key] as number;
      if (pick < 0 || v > bestKey || (v === bestKey && ge !== undefined && !ge(best, c))) {
        pick = j;
        best = c;
        bestKey = v;
      }
    }
    out[o] = best;
    at[pick] = (at[pick] as number) + 1;
  }
  return out;
}

/** Restores the order where rounding made two shifted vectors collapse on a coordinate (rare: insertion sort). */
export function fixOrder(order: Int32Array, ge: (a: number, b: number) => boolean): void {
  for (let i = 1; i < order.length; i++) {
    const c = order[i] as number;
    if (ge(order[i - 1] as number, c)) continue;
    let j = i - 1;
    while (j >= 0 && !ge(order[j] as number, c)) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = c;
  }
}

export type Candidates = {
  c: number;
  cand: Float64Array;
  candPrev: Int32Array;
  candOpt: Int32Array;
  lexRuns: Int32Array[];
  u1Runs: Int32Array[];
};

/** Candidates run by run: candidate c = node candPrev[c] + option candOpt[c], with each run in both orders. */
export function candidates(
  prev: SweepLayer,
  col: Float64Array,
  nOpt: number,
  k: number,
  prune: SweepPrune,
): Candidates {
  const n = prev.n;
  const pv = prev.vecs;
  const { rest, floors, slack } = prune;
  const cap = n * nOpt;
  const cand = new Float64Array(cap * k);
  const candPrev = new Int32Array(cap);
  const candOpt = new Int32Array(cap);
  // slot[j*n + v]: the candidate of node v with option j, or −1 when it cannot reach every reservation.
  const slot = new Int32Array(cap);
  const lexRuns: Int32Array[] = [];
  const u1Runs: Int32Array[] = [];
  let c = 0;
  for (let j = 0; j < nOpt; j++) {
    const first = c;
    for (let v = 0; v < n; v++) {
      let ok = true;
      for (let p = 0; p < k; p++) {
        const u = (pv[v * k + p] as number) + (col[j * k + p] as number);
        if (u + (rest[p] as number) < (floors[p] as number) - slack) ok = false;
        cand[c * k + p] = u;
      }
      if (!ok) {
        slot[j * n + v] = -1;
        continue;
      }
      slot[j * n + v] = c;
      candPrev[c] = v;
      candOpt[c] = j;
      c++;
    }
    const run = new Int32Array(c - first);
    for (let i = 0; i < run.length; i++) run[i] = first + i;
    lexRuns.push(run);
    const byU1 = new Int32Array(c - first);
    let b = 0;
    for (const v of prev.byU1) {
      const s = slot[j * n + v] as number;
      if (s >= 0) byU1[b++] = s;
    }
    u1Runs.push(byU1);
  }
  return { c, cand, candPrev, candOpt, lexRuns, u1Runs };
}

/** Dense ranks of u1, largest first: equal values share a rank, so "rank ≤ r" is exactly "u1 ≥ that value". */
export function denseRanks(
  byU1: Int32Array,
  cand: Float64Array,
  k: number,
): { rank: Int32Array; ranks: number } {
  const c = byU1.length;
  const rank = new Int32Array(c);
  let ranks = 0;
  for (let i = 0; i < c; i++) {
    const idx = byU1[i] as number;
    if (i > 0 && (cand[idx * k + 1] as number) !== (cand[(byU1[i - 1] as number) * k + 1] as number)) ranks++;
    rank[idx] = ranks;
  }
  return { rank, ranks: ranks + 1 };
}
