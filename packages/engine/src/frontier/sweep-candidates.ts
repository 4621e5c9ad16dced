// The sweep's candidates (merge-layer-sweep.ts): the previous layer shifted by each option, in decreasing
// lexicographic order and in decreasing u1 order, by merging the shifted runs instead of sorting.
import type { Layer } from './merge-layer-2d.ts';

/** A layer kept for the sweep: vectors in decreasing lexicographic order, and its nodes by decreasing u1. */
export type SweepLayer = Layer & { byU1: Int32Array };

export type SweepPrune = { rest: Float64Array; floors: Float64Array; slack: number };

/** Candidate indices with their sort key, in decreasing key order. */
export type Run = { idx: Int32Array; key: Float64Array };

/** a ≥ b in decreasing lexicographic order (a comes first or they are equal). */
export function lexGe(v: Float64Array, a: number, b: number, k: number): boolean {
  for (let p = 0; p < k; p++) {
    const x = v[a * k + p] as number;
    const y = v[b * k + p] as number;
    if (x !== y) return x > y;
  }
  return true;
}

/** Two runs into one, by decreasing key and, on equal keys, by `ge` when given (else the first run's first). */
function mergeTwo(a: Run, b: Run, ge?: (x: number, y: number) => boolean): Run {
  const na = a.idx.length;
  const nb = b.idx.length;
  const idx = new Int32Array(na + nb);
  const key = new Float64Array(na + nb);
  const { idx: ai, key: ak } = a;
  const { idx: bi, key: bk } = b;
  let i = 0;
  let j = 0;
  let o = 0;
  while (i < na && j < nb) {
    const x = ak[i] as number;
    const y = bk[j] as number;
    if (x > y || (x === y && (ge === undefined || ge(ai[i] as number, bi[j] as number)))) {
      idx[o] = ai[i] as number;
      key[o++] = x;
      i++;
    } else {
      idx[o] = bi[j] as number;
      key[o++] = y;
      j++;
    }
  }
  idx.set(ai.subarray(i), o);
  key.set(ak.subarray(i), o);
  o += na - i;
  idx.set(bi.subarray(j), o);
  key.set(bk.subarray(j), o);
  return { idx, key };
}

/**
 * Merges sorted runs into one by decreasing key (ties by `ge` when given), two at a time: each pass reads its runs
 * front to back, which is what makes it cheaper than scanning every run's head per output.
 */
export function mergeRuns(runs: Run[], ge?: (x: number, y: number) => boolean): Run {
  let level = runs;
  if (level.length === 0) return { idx: new Int32Array(0), key: new Float64Array(0) };
  while (level.length > 1) {
    const next: Run[] = [];
    for (let r = 0; r + 1 < level.length; r += 2)
      next.push(mergeTwo(level[r] as Run, level[r + 1] as Run, ge));
    if (level.length % 2 === 1) next.push(level[level.length - 1] as Run);
    level = next;
  }
  return level[0] as Run;
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
  /** Run j (option j): its candidates in decreasing lexicographic order, keyed by u0. */
  lexRuns: Run[];
  /** The same runs in decreasing u1 order, keyed by u1. */
  u1Runs: Run[];
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
  const byU1 = prev.byU1;
  const { rest, floors, slack } = prune;
  const cap = n * nOpt;
  const cand = new Float64Array(cap * k);
  const candPrev = new Int32Array(cap);
  const candOpt = new Int32Array(cap);
  // slot[v]: the candidate of node v with the current option, or −1 when it cannot reach every reservation.
  const slot = new Int32Array(n);
  // The layer's u1 in its u1 order, read once: each run's u1 keys are these plus the option's u1, in that order.
  const u1 = new Float64Array(n);
  for (let t = 0; t < n; t++) u1[t] = pv[(byU1[t] as number) * k + 1] as number;
  const lexRuns: Run[] = [];
  const u1Runs: Run[] = [];
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
        slot[v] = -1;
        continue;
      }
      slot[v] = c;
      candPrev[c] = v;
      candOpt[c] = j;
      c++;
    }
    const m = c - first;
    const lexIdx = new Int32Array(m);
    const lexKey = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      lexIdx[i] = first + i;
      lexKey[i] = cand[(first + i) * k] as number;
    }
    lexRuns.push({ idx: lexIdx, key: lexKey });
    const u1Idx = new Int32Array(m);
    const u1Key = new Float64Array(m);
    const shift = col[j * k + 1] as number;
    let b = 0;
    for (let t = 0; t < n; t++) {
      const s = slot[byU1[t] as number] as number;
      if (s < 0) continue;
      u1Idx[b] = s;
      u1Key[b++] = (u1[t] as number) + shift;
    }
    u1Runs.push({ idx: u1Idx, key: u1Key });
  }
  return { c, cand, candPrev, candOpt, lexRuns, u1Runs };
}

/** Dense ranks of u1, largest first: equal values share a rank, so "rank ≤ r" is exactly "u1 ≥ that value". */
export function denseRanks(byU1: Run): { rank: Int32Array; ranks: number } {
  const { idx, key } = byU1;
  const c = idx.length;
  const rank = new Int32Array(c);
  let ranks = 0;
  for (let i = 0; i < c; i++) {
    if (i > 0 && (key[i] as number) !== (key[i - 1] as number)) ranks++;
    rank[idx[i] as number] = ranks;
  }
  return { rank, ranks: ranks + 1 };
}
