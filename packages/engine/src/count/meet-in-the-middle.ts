// Exact counting for one or two binding reservations by meet-in-the-middle: the issues are cut in two halves,
// each half's distinct utility vectors are listed with their multiplicities, and the pairs (a, b) with
// a + b ≥ threshold in every coordinate are counted by sorting (one party) or by a sweep with a Fenwick tree
// (two parties). Cost ~ (|A| + |B|) log, instead of |A| × |B| outcomes.
import type { Scenario } from '../model.ts';
import type { Binding } from './acceptable.ts';
import { argsortAscending } from './radix.ts';

export type HalfLimits = { maxHalfStates: number };

type Half = { vectors: Float64Array; counts: Float64Array; size: number };

const SAFE = 2 ** 53;

function product(s: Scenario, from: number, to: number): number {
  let n = 1;
  for (let i = from; i < to; i++) n *= s.issues[i]?.options.length ?? 0;
  return n;
}

/**
 * Every vector of partial utilities over issues [from, to) that can still reach all thresholds (with the best of
 * the other half). Not merged: with real-valued utilities equal sums are rare and merging costs more than it saves.
 */
function listHalf(s: Scenario, b: Binding, from: number, to: number, bestElsewhere: number[], limit: number) {
  const k = b.parties.length;
  let vectors = new Float64Array(k);
  let size = 1;
  for (let i = from; i < to; i++) {
    const column = b.table.map((t) => t[i] as number[]);
    const options = s.issues[i]?.options.length ?? 0;
    const reach = Float64Array.from(
      b.threshold,
      (t, j) =>
        t -
        b.slack -
        ((b.maxAfter[i + 1] as number[])[j] as number) +
        ((b.maxAfter[to] as number[])[j] as number) -
        (bestElsewhere[j] as number),
    );
    if (size * options > limit) return null;
    const next = new Float64Array(size * options * k);
    let n = 0;
    for (let st = 0; st < size; st++) {
      for (let o = 0; o < options; o++) {
        let hopeless = false;
        for (let j = 0; j < k; j++) {
          const w = (vectors[st * k + j] as number) + ((column[j] as number[])[o] as number);
          next[n * k + j] = w;
          if (w < (reach[j] as number)) hopeless = true;
        }
        if (!hopeless) n++;
      }
    }
    vectors = next.subarray(0, n * k);
    size = n;
  }
  return { vectors, counts: new Float64Array(size).fill(1), size };
}

/** First index in the ascending array `sorted` whose value is ≥ x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function column(h: Half, j: number, k: number, sign = 1): Float64Array {
  return Float64Array.from({ length: h.size }, (_, n) => sign * (h.vectors[n * k + j] as number));
}

function countOne(a: Half, bh: Half, threshold: number): bigint {
  const order = argsortAscending(column(bh, 0, 1));
  const sorted = Float64Array.from(order, (n) => bh.vectors[n] as number);
  const atLeast = new Float64Array(bh.size + 1); // atLeast[n] = multiplicity of sorted[n..]
  for (let n = bh.size - 1; n >= 0; n--)
    atLeast[n] = (atLeast[n + 1] as number) + (bh.counts[order[n] as number] as number);
  let total = 0n;
  for (let n = 0; n < a.size; n++) {
    const matched = atLeast[lowerBound(sorted, threshold - (a.vectors[n] as number))] as number;
    if (matched > 0) total += BigInt(a.counts[n] as number) * BigInt(matched);
  }
  return total;
}

/** rank[n] = number of values in `sorted` (ascending) that are < values[n], by one merge instead of searches. */
function ranksBelow(values: Float64Array, sorted: Float64Array): Uint32Array {
  const order = argsortAscending(values);
  const rank = new Uint32Array(values.length);
  let r = 0;
  for (const n of order) {
    const v = values[n] as number;
    while (r < sorted.length && (sorted[r] as number) < v) r++;
    rank[n] = r;
  }
  return rank;
}

/**
 * Prefix sums over ranks 0..n-1 with point updates: a Fenwick tree over blocks of 2048 ranks plus one small
 * Fenwick tree inside each block. Same O(log n) as one big tree, but each step stays within a few cache lines
 * (one tree over millions of ranks spends its time in cache misses).
 */
class TwoLevelCounter {
  private readonly outer: Float64Array;
  private readonly inner: Float64Array;
  private readonly blocks: number;
  constructor(n: number) {
    this.blocks = (n >>> 11) + 1;
    this.outer = new Float64Array(this.blocks + 1);
    this.inner = new Float64Array(this.blocks * 2049);
  }
  add(rank: number, c: number): void {
    const block = rank >>> 11;
    for (let r = block + 1; r <= this.blocks; r += r & -r) this.outer[r] = (this.outer[r] as number) + c;
    const base = block * 2049;
    for (let r = (rank & 2047) + 1; r <= 2048; r += r & -r)
      this.inner[base + r] = (this.inner[base + r] as number) + c;
  }
  /** Total added at ranks < rank. */
  below(rank: number): number {
    const block = rank >>> 11;
    let sum = 0;
    for (let r = block; r > 0; r -= r & -r) sum += this.outer[r] as number;
    const base = block * 2049;
    for (let r = rank & 2047; r > 0; r -= r & -r) sum += this.inner[base + r] as number;
    return sum;
  }
}

function countTwo(a: Half, bh: Half, threshold: number[]): bigint {
  const [t1, t2] = threshold as [number, number];
  const b2 = column(bh, 1, 2);
  const byB2 = argsortAscending(b2);
  const sortedB2 = Float64Array.from(byB2, (n) => b2[n] as number);
  // A point's rank is the number of b2 values below its own: the first sorted position holding its value.
  const pointRank = new Uint32Array(bh.size);
  for (let i = 0, first = 0; i < bh.size; i++) {
    if (i > 0 && (sortedB2[i] as number) !== (sortedB2[i - 1] as number)) first = i;
    pointRank[byB2[i] as number] = first;
  }
  const need2 = Float64Array.from({ length: a.size }, (_, n) => t2 - (a.vectors[2 * n + 1] as number));
  const queryRank = ranksBelow(need2, sortedB2);
  const counter = new TwoLevelCounter(bh.size);
  const points = argsortAscending(column(bh, 0, 2, -1)); // b1 descending
  const queries = argsortAscending(column(a, 0, 2)); // a1 ascending = need1 descending
  let inserted = 0;
  let next = 0;
  let total = 0n;
  let small = 0;
  for (const q of queries) {
    const need1 = t1 - (a.vectors[2 * q] as number);
    while (next < points.length && (bh.vectors[2 * (points[next] as number)] as number) >= need1) {
      const p = points[next++] as number;
      const c = bh.counts[p] as number;
      counter.add(pointRank[p] as number, c);
      inserted += c;
    }
    const matched = inserted - counter.below(queryRank[q] as number); // minus inserted points with b2 < need2
    // Sum in a double while that is exact (far below 2^53), folding into the bigint total now and then.
    const pairs = (a.counts[q] as number) * matched;
    if (pairs < 2 ** 52 && small + pairs < 2 ** 52) small += pairs;
    else total += BigInt(a.counts[q] as number) * BigInt(matched);
    if (small >= 2 ** 51) {
      total += BigInt(small);
      small = 0;
    }
  }
  return total + BigInt(small);
}

/** Exact count for ≤ 2 binding parties, or null when a half is too large or not applicable. */
export function countByMeetInTheMiddle(s: Scenario, b: Binding, limits: HalfLimits): bigint | null {
  const k = b.parties.length;
  const m = s.issues.length;
  if (k < 1 || k > 2 || m < 2) return null;
  const total = product(s, 0, m);
  let cut = 1;
  while (cut < m - 1 && product(s, 0, cut + 1) <= Math.sqrt(total)) cut++;
  if (product(s, 0, cut) >= SAFE || product(s, cut, m) >= SAFE) return null;
  const bestPrefix = (b.maxAfter[0] as number[]).map(
    (x, j) => x - ((b.maxAfter[cut] as number[])[j] as number),
  );
  const bestSuffix = b.maxAfter[cut] as number[];
  const a = listHalf(s, b, 0, cut, bestSuffix, limits.maxHalfStates);
  if (!a) return null;
  const bh = listHalf(s, b, cut, m, bestPrefix, limits.maxHalfStates);
  if (!bh) return null;
  return k === 1 ? countOne(a, bh, b.threshold[0] as number) : countTwo(a, bh, b.threshold);
}
