// One merge step for three or four parties, by a sweep instead of a k-d tree. The previous layer is an antichain
// kept in decreasing lexicographic order (u0, then u1, …); adding option j shifts it by one vector, which keeps
// that order (float addition is monotone), so the candidates are nOpt sorted runs and a merge of their heads lists
// them in lexicographic order without sorting — and likewise in decreasing u1 through the layer's u1 order. In
// that sweep every vector that could dominate a candidate comes before it, so a candidate is dominated iff some
// vector kept so far is ≥ it on the other parties:
//   - three parties: a Fenwick tree over the ranks of u1 holding the largest u2 (prefix maximum), O(log n);
//   - four parties: a Fenwick tree over the ranks of u1 whose nodes hold 2-D staircases of (u2, u3), the points
//     no other point of the node beats on both; a query or an insertion is a binary search per node, O(log² n).
// Only kept vectors are inserted: anything a dropped vector dominates, its dominator dominates too.
// Float ties keep the kernel's rule (pareto.ts): a candidate whose only dominators are within `tol` of it is a
// tie of one of them and joins its group. The sweep's witness is checked first — a witness more than `tol` above
// on some party settles "dropped" at once — and the rare rest is decided as the kernel decides it.
import type { Layer } from './merge-layer-2d.ts';
import { DominanceTree } from './pareto.ts';

/** A layer kept for the sweep: vectors in decreasing lexicographic order, and its nodes by decreasing u1. */
export type SweepLayer = Layer & { byU1: Int32Array };

export type SweepPrune = { rest: Float64Array; floors: Float64Array; slack: number };

/** Above this many options the run heads are not scanned; the candidates are sorted instead. */
const MAX_RUNS = 12;

/** a ≥ b in decreasing lexicographic order (a comes first or they are equal). */
function lexGe(v: Float64Array, a: number, b: number, k: number): boolean {
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
function mergeRuns(
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
function fixOrder(order: Int32Array, ge: (a: number, b: number) => boolean): void {
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

/** Fenwick tree of prefix maxima of u2 over u1 ranks, with the group that holds each maximum (three parties). */
class MaxTree {
  private readonly best: Float64Array;
  private readonly who: Int32Array;
  witness = -1;
  constructor(private readonly size: number) {
    this.best = new Float64Array(size + 1).fill(Number.NEGATIVE_INFINITY);
    this.who = new Int32Array(size + 1).fill(-1);
  }
  /** Is some inserted point with rank ≤ r at least the candidate at cand[b] on u2? Sets `witness` to its group. */
  covers(r: number, cand: Float64Array, b: number): boolean {
    const u2 = cand[b + 2] as number;
    let most = Number.NEGATIVE_INFINITY;
    let who = -1;
    for (let x = r + 1; x > 0; x -= x & -x) {
      if ((this.best[x] as number) > most) {
        most = this.best[x] as number;
        who = this.who[x] as number;
      }
    }
    this.witness = who;
    return most >= u2;
  }
  insert(r: number, cand: Float64Array, b: number, group: number): void {
    const u2 = cand[b + 2] as number;
    for (let x = r + 1; x <= this.size; x += x & -x) {
      if ((this.best[x] as number) >= u2) return; // every node above holds at least as much
      this.best[x] = u2;
      this.who[x] = group;
    }
  }
}

/**
 * Fenwick tree over u1 ranks whose nodes hold staircases of (u2, u3): u2 decreasing, u3 increasing, each with the
 * group of its point (four parties). A node's staircase is one slot of the slab holding its u2s, then its u3s, then
 * its groups (capacity c each), so the binary search reads consecutive u2s; a node that outgrows its slot moves to
 * one twice as large at the end. Node x's slot, length and capacity are meta[3x], meta[3x+1], meta[3x+2].
 */
class StairTree {
  private readonly meta: Int32Array;
  private slab: Float64Array;
  private top = 0;
  private readonly path = new Int32Array(32);
  witness = -1;
  constructor(private readonly size: number) {
    this.meta = new Int32Array(3 * (size + 1));
    this.slab = new Float64Array(3 * 4096);
  }
  covers(r: number, cand: Float64Array, b: number): boolean {
    const a2 = cand[b + 2] as number;
    const a3 = cand[b + 3] as number;
    const slab = this.slab;
    const meta = this.meta;
    // The prefix's nodes, largest first: they hold the most points, so a dominated candidate meets its witness soonest.
    const path = this.path;
    let depth = 0;
    for (let x = r + 1; x > 0; x -= x & -x) path[depth++] = x;
    for (let d = depth - 1; d >= 0; d--) {
      const x = path[d] as number;
      const n = meta[3 * x + 1] as number;
      if (n === 0) continue;
      const o = meta[3 * x] as number;
      const c = meta[3 * x + 2] as number;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if ((slab[o + m] as number) >= a2) lo = m + 1;
        else hi = m;
      }
      if (lo > 0 && (slab[o + c + lo - 1] as number) >= a3) {
        this.witness = slab[o + 2 * c + lo - 1] as number;
        return true;
      }
    }
    return false;
  }
  insert(r: number, cand: Float64Array, b: number, group: number): void {
    const a2 = cand[b + 2] as number;
    const a3 = cand[b + 3] as number;
    const meta = this.meta;
    for (let x = r + 1; x <= this.size; x += x & -x) {
      const n = meta[3 * x + 1] as number;
      let o = meta[3 * x] as number;
      let c = meta[3 * x + 2] as number;
      let slab = this.slab;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if ((slab[o + m] as number) >= a2) lo = m + 1;
        else hi = m;
      }
      if (lo > 0 && (slab[o + c + lo - 1] as number) >= a3) return; // and in every node above
      let e = lo;
      while (e < n && (slab[o + c + e] as number) <= a3) e++;
      const s = lo > 0 && (slab[o + lo - 1] as number) === a2 ? lo - 1 : lo;
      const size = n - (e - s) + 1;
      if (size > c) {
        o = this.grow(x, o, n, c);
        c = meta[3 * x + 2] as number;
        slab = this.slab;
      }
      // Elements [s, e) give way to the new one: the tail [e, n) moves to start at s + 1, in each of the three rows.
      const shift = s + 1 - e;
      for (let row = o; row < o + 3 * c; row += c) {
        if (shift > 0) for (let q = row + n - 1; q >= row + e; q--) slab[q + shift] = slab[q] as number;
        else if (shift < 0) for (let q = row + e; q < row + n; q++) slab[q + shift] = slab[q] as number;
      }
      slab[o + s] = a2;
      slab[o + c + s] = a3;
      slab[o + 2 * c + s] = group;
      meta[3 * x + 1] = size;
    }
  }
  private grow(x: number, o: number, n: number, c: number): number {
    const next = Math.max(8, 2 * c);
    if (this.top + 3 * next > this.slab.length) {
      const slab = new Float64Array(Math.max(2 * this.slab.length, this.top + 3 * next));
      slab.set(this.slab.subarray(0, this.top));
      this.slab = slab;
    }
    const to = this.top;
    const slab = this.slab;
    for (let row = 0; row < 3; row++)
      for (let q = 0; q < n; q++) slab[to + row * next + q] = slab[o + row * c + q] as number;
    this.meta[3 * x] = to;
    this.meta[3 * x + 2] = next;
    this.top += 3 * next;
    return to;
  }
}

type Candidates = {
  c: number;
  cand: Float64Array;
  candPrev: Int32Array;
  candOpt: Int32Array;
  lexRuns: Int32Array[];
  u1Runs: Int32Array[];
};

/** Candidates run by run: candidate c = node candPrev[c] + option candOpt[c], with each run in both orders. */
function candidates(
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
function denseRanks(byU1: Int32Array, cand: Float64Array, k: number): { rank: Int32Array; ranks: number } {
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

/**
 * The sweep. Returns groupOf[c]: the group of candidate c, −1 dropped, −2 undecided (a possible float tie), −3 − f
 * a copy of undecided candidate f; the groups' founding candidates (`reps`); the undecided candidates.
 */
function sweep(
  cand: Float64Array,
  k: number,
  order: Int32Array,
  rank: Int32Array,
  tree: MaxTree | StairTree,
  tol: number,
): { groupOf: Int32Array; reps: number[]; undecided: number[] } {
  const c = order.length;
  const groupOf = new Int32Array(c).fill(-1);
  const reps: number[] = [];
  const undecided: number[] = [];
  let last = -1;
  for (let i = 0; i < c; i++) {
    const idx = order[i] as number;
    const b = idx * k;
    if (last >= 0) {
      let same = true;
      for (let p = 0; p < k; p++) if (cand[b + p] !== cand[last * k + p]) same = false;
      if (same) {
        groupOf[idx] = groupOf[last] === -2 ? -3 - last : (groupOf[last] as number);
        continue;
      }
    }
    last = idx;
    const r = rank[idx] as number;
    if (!tree.covers(r, cand, b)) {
      groupOf[idx] = reps.length;
      tree.insert(r, cand, b, reps.length);
      reps.push(idx);
      continue;
    }
    // Dominated. By more than a float tie on some party? Then dropped; else decided after the sweep.
    const w = (reps[tree.witness] as number) * k;
    let margin = false;
    for (let p = 0; p < k; p++) if ((cand[w + p] as number) - (cand[b + p] as number) > tol) margin = true;
    if (!margin) {
      groupOf[idx] = -2;
      undecided.push(idx);
    }
  }
  return { groupOf, reps, undecided };
}

export function mergeLayerSweep(
  prev: SweepLayer,
  col: Float64Array,
  nOpt: number,
  k: number,
  prune: SweepPrune,
  tol: number,
): SweepLayer {
  const { cand, candPrev, candOpt, lexRuns, u1Runs, c } = candidates(prev, col, nOpt, k, prune);
  const lex = (a: number, b: number) => lexGe(cand, a, b, k);
  const order = mergeRuns(lexRuns, c, cand, k, 0, lex);
  fixOrder(order, lex);
  const byU1 = mergeRuns(u1Runs, c, cand, k, 1);
  const { rank, ranks } = denseRanks(byU1, cand, k);
  const tree = k === 3 ? new MaxTree(ranks) : new StairTree(ranks);
  const { groupOf, reps, undecided } = sweep(cand, k, order, rank, tree, tol);
  if (undecided.length > 0) resolveUndecided(cand, k, reps, undecided, groupOf, tol);
  // Copies of an undecided vector (marked −3 − its first copy) share its decision.
  for (let i = 0; i < c; i++) {
    const g = groupOf[i] as number;
    if (g <= -3) groupOf[i] = groupOf[-3 - g] as number;
  }
  return layerFromGroups(cand, candPrev, candOpt, groupOf, reps, byU1, k);
}

/**
 * Decides the candidates whose sweep witness was within a float tie, as the kernel decides them: dropped if any kept
 * vector beats it by more than a tie, else a tie of one of them. Its own function: it runs rarely, and a
 * deoptimisation here must not throw away the optimised sweep.
 */
function resolveUndecided(
  cand: Float64Array,
  k: number,
  reps: number[],
  undecided: number[],
  groupOf: Int32Array,
  tol: number,
): void {
  // As the kernel decides: dropped if any kept vector beats it by more than a tie, else a tie of one of them.
  // Inserted in a shuffled order (seeded), so the k-d tree does not degenerate on the sweep's sorted order.
  const tree = new DominanceTree(k, reps.length);
  const shuffled = reps.map((_, g) => g);
  let seed = 0x9e3779b9;
  for (let i = shuffled.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number];
  }
  for (const g of shuffled) tree.insert(cand, (reps[g] as number) * k, g);
  for (const idx of undecided) {
    const hit = tree.dominator(cand, idx * k, tol);
    groupOf[idx] = hit >= 0 ? hit : -1;
  }
}

/** Groups in CSR form, the founding candidate first; the next layer's vectors and u1 order. */
function layerFromGroups(
  cand: Float64Array,
  candPrev: Int32Array,
  candOpt: Int32Array,
  groupOf: Int32Array,
  reps: number[],
  byU1: Int32Array,
  k: number,
): SweepLayer {
  const count = reps.length;
  const c = groupOf.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < c; i++) {
    const g = groupOf[i] as number;
    if (g >= 0) start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let g = 0; g < count; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, count);
  const altPrev = new Int32Array(start[count] as number);
  const altOpt = new Int32Array(start[count] as number);
  const put = (g: number, idx: number) => {
    const at = fill[g] as number;
    altPrev[at] = candPrev[idx] as number;
    altOpt[at] = candOpt[idx] as number;
    fill[g] = at + 1;
  };
  reps.forEach((idx, g) => {
    put(g, idx);
  });
  for (let i = 0; i < c; i++) {
    const g = groupOf[i] as number;
    if (g >= 0 && reps[g] !== i) put(g, i);
  }
  const vecs = new Float64Array(count * k);
  reps.forEach((idx, g) => {
    for (let p = 0; p < k; p++) vecs[g * k + p] = cand[idx * k + p] as number;
  });
  const nextByU1 = new Int32Array(count);
  let b = 0;
  for (const idx of byU1) {
    const g = groupOf[idx] as number;
    if (g >= 0 && reps[g] === idx) nextByU1[b++] = g;
  }
  return { n: count, vecs, altStart: start, altPrev, altOpt, byU1: nextByU1 };
}
