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
import { DominanceTree } from './pareto.ts';
import {
  candidates,
  denseRanks,
  fixOrder,
  lexGe,
  mergeRuns,
  type SweepLayer,
  type SweepPrune,
} from './sweep-candidates.ts';
import { MaxTree, StairTree } from './sweep-trees.ts';

export type { SweepLayer, SweepPrune } from './sweep-candidates.ts';

/** What one merge keeps from step to step: the four-party tree's memory, allocated once. */
export type SweepWork = { stairs?: StairTree };

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
  work: SweepWork = {},
): SweepLayer {
  const { cand, candPrev, candOpt, lexRuns, u1Runs, c } = candidates(prev, col, nOpt, k, prune);
  const lex = (a: number, b: number) => lexGe(cand, a, b, k);
  const order = mergeRuns(lexRuns, lex).idx;
  fixOrder(order, lex);
  const u1Order = mergeRuns(u1Runs);
  const byU1 = u1Order.idx;
  const { rank, ranks } = denseRanks(u1Order);
  let tree: MaxTree | StairTree;
  if (k === 3) tree = new MaxTree(ranks);
  else if (work.stairs) {
    tree = work.stairs;
    work.stairs.reset(ranks);
  } else {
    tree = new StairTree(ranks);
    work.stairs = tree;
  }
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
