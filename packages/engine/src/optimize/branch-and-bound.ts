// Exact branch and bound over the issues of an additive scenario, for objectives that are concave in the
// utility vector (log of the Nash product, the minimum gain). A node fixes the options of the first issues; its
// bound is the smaller of
//   - the box bound: the objective at (partial utilities + the most each party can still collect), and
//   - every supporting hyperplane c + y·u ≥ objective(u) we hold: c + y·partial + Σ_remaining max_option y·t,
//     which is separable by issue, so its remaining part is a precomputed suffix sum.
// Both are valid upper bounds, so pruning nodes whose bound is below the incumbent (minus the tie tolerance)
// never loses an optimum: when the search ends, optimality is proven.
import type { Outcome } from '../model.ts';

/** A supporting hyperplane: objective(u) ≤ constant + Σ_p weights[p]·u[p] for every acceptable u. */
export type Hyperplane = { constant: number; weights: Float64Array };

export type SearchProblem = {
  /** [party][issue][option] utility contributions. */
  tables: number[][][];
  /** Acceptability: u[p] ≥ threshold[p] (−∞ when the party has no reservation). */
  threshold: number[];
  /** Margin for float re-association when reachable sums are compared with thresholds. */
  slack: number;
  /** Objective on a complete utility vector; −∞ when the outcome does not qualify. */
  objective: (u: Float64Array) => number;
  /** Objective at the corner of the reachable box (a valid bound since the objective is monotone). */
  boxBound: (corner: Float64Array) => number;
  hyperplanes: Hyperplane[];
  /** Outcomes whose objective is within this of the best are ties (absolute, in objective units). */
  tolerance: number;
  maxTies: number;
  /** Called now and then with the number of nodes visited; return true to stop (throws SearchStopped). */
  shouldStop?: (nodes: number) => boolean;
  /** Known lower bound on the optimum (e.g. a heuristic solution's value) to prune from the start. */
  incumbent?: number;
};

export type SearchResult = {
  best: number;
  ties: { utilities: number[]; outcome: Outcome }[];
  /** Some tied outcomes were not listed (more than maxTies). */
  truncated: boolean;
  nodes: number;
};

export class SearchStopped extends Error {
  override name = 'SearchStopped';
}

type Prepared = {
  k: number;
  m: number;
  order: number[]; // search position → issue index
  sizes: Int32Array;
  width: number;
  flat: Float64Array; // ((position * width) + option) * k + p
  maxAfter: Float64Array; // position * k + p: best still collectable from positions ≥ position
  suffix: Float64Array[]; // per hyperplane: (position) → Σ_{≥ position} max_o y·t
  optionOrder: Int32Array[]; // per position: options by decreasing first-hyperplane score
};

function prepare(problem: SearchProblem): Prepared {
  const { tables, hyperplanes } = problem;
  const k = tables.length;
  const m = tables[0]?.length ?? 0;
  const sizes0 = Array.from({ length: m }, (_, i) => ((tables[0] as number[][])[i] as number[]).length);
  const score = (i: number, o: number, y: Float64Array) =>
    tables.reduce((a, t, p) => a + (y[p] as number) * ((t[i] as number[])[o] as number), 0);
  const lead = hyperplanes[0]?.weights ?? new Float64Array(k).fill(1);
  // Decide the issues that matter most first: the spread of their weighted scores.
  const spread = sizes0.map((n, i) => {
    const scores = Array.from({ length: n }, (_, o) => score(i, o, lead));
    return Math.max(...scores) - Math.min(...scores);
  });
  const order = [...spread.keys()].sort((a, b) => (spread[b] as number) - (spread[a] as number));
  const sizes = Int32Array.from(order, (i) => sizes0[i] as number);
  const width = Math.max(1, ...sizes);
  const flat = new Float64Array(m * width * k);
  order.forEach((i, pos) => {
    for (let o = 0; o < (sizes[pos] as number); o++) {
      for (let p = 0; p < k; p++)
        flat[(pos * width + o) * k + p] = ((tables[p] as number[][])[i] as number[])[o] as number;
    }
  });
  const maxAfter = new Float64Array((m + 1) * k);
  for (let pos = m - 1; pos >= 0; pos--) {
    for (let p = 0; p < k; p++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let o = 0; o < (sizes[pos] as number); o++)
        best = Math.max(best, flat[(pos * width + o) * k + p] as number);
      maxAfter[pos * k + p] = (maxAfter[(pos + 1) * k + p] as number) + best;
    }
  }
  const suffix = hyperplanes.map(({ weights }) => {
    const out = new Float64Array(m + 1);
    for (let pos = m - 1; pos >= 0; pos--) {
      let best = Number.NEGATIVE_INFINITY;
      for (let o = 0; o < (sizes[pos] as number); o++)
        best = Math.max(best, score(order[pos] as number, o, weights));
      out[pos] = (out[pos + 1] as number) + best;
    }
    return out;
  });
  const optionOrder = order.map((i, pos) =>
    Int32Array.from(
      [...Array(sizes[pos] as number).keys()].sort((a, b) => score(i, b, lead) - score(i, a, lead)),
    ),
  );
  return { k, m, order, sizes, width, flat, maxAfter, suffix, optionOrder };
}

export function branchAndBound(problem: SearchProblem): SearchResult {
  const pre = prepare(problem);
  const { k, m, sizes, width, flat, maxAfter, suffix, optionOrder } = pre;
  const threshold = Float64Array.from(problem.threshold);
  const planes = problem.hyperplanes;
  const tol = problem.tolerance;
  const partial = new Float64Array((m + 1) * k);
  const corner = new Float64Array(k);
  const choice = new Int32Array(m);
  let best = problem.incumbent ?? Number.NEGATIVE_INFINITY;
  let ties: { utilities: number[]; outcome: Outcome; value: number }[] = [];
  let droppedBest = Number.NEGATIVE_INFINITY;
  let nodes = 0;

  const bound = (pos: number): number => {
    const base = pos * k;
    for (let p = 0; p < k; p++) {
      const reach = (partial[base + p] as number) + (maxAfter[base + p] as number);
      if (reach < (threshold[p] as number) - problem.slack) return Number.NEGATIVE_INFINITY;
      corner[p] = reach;
    }
    let b = problem.boxBound(corner);
    for (let h = 0; h < planes.length; h++) {
      const plane = planes[h] as Hyperplane;
      let v = plane.constant + ((suffix[h] as Float64Array)[pos] as number);
      for (let p = 0; p < k; p++) v += (plane.weights[p] as number) * (partial[base + p] as number);
      if (v < b) b = v;
    }
    return b;
  };

  const record = (u: Float64Array) => {
    const value = problem.objective(u);
    if (value < best - tol) return;
    if (value > best) {
      best = value;
      ties = ties.filter((t) => t.value >= best - tol);
      if (droppedBest < best - tol) droppedBest = Number.NEGATIVE_INFINITY;
    }
    if (ties.length >= problem.maxTies) {
      droppedBest = Math.max(droppedBest, value);
      return;
    }
    const outcome: Outcome = new Array(m);
    pre.order.forEach((i, pos) => {
      outcome[i] = choice[pos] as number;
    });
    ties.push({ utilities: Array.from(u), outcome, value });
  };

  const visit = (pos: number): void => {
    nodes++;
    if ((nodes & 0xffff) === 0 && problem.shouldStop?.(nodes)) throw new SearchStopped('search stopped');
    if (pos === m) {
      const u = partial.subarray(m * k, (m + 1) * k);
      for (let p = 0; p < k; p++) if ((u[p] as number) < (threshold[p] as number)) return;
      record(u);
      return;
    }
    const base = pos * k;
    const options = optionOrder[pos] as Int32Array;
    for (let n = 0; n < (sizes[pos] as number); n++) {
      const o = options[n] as number;
      const from = (pos * width + o) * k;
      for (let p = 0; p < k; p++)
        partial[base + k + p] = (partial[base + p] as number) + (flat[from + p] as number);
      choice[pos] = o;
      if (bound(pos + 1) < best - tol) continue;
      visit(pos + 1);
    }
  };

  if (bound(0) >= best - tol) visit(0);
  return {
    best,
    ties: ties.map(({ utilities, outcome }) => ({ utilities, outcome })),
    truncated: droppedBest >= best - tol,
    nodes,
  };
}
