// Shared driver for the exact large-domain solutions: builds hyperplane bounds by a few dual (Lagrangian)
// iterations, whose integer points also seed the incumbent, runs the branch and bound, and reports the optimum
// with its tied outcomes grouped by utility vector (recomputed in issue order, as everywhere else).
import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import { type Outcome, reservationFloors, type Scenario, utilityOf, utilityTables } from '../model.ts';
import { branchAndBound, type Hyperplane, type SearchProblem } from './branch-and-bound.ts';

export type OptimumPoint = { utilities: number[]; outcomes: Outcome[] };

export type Optimum = {
  /** The optimal objective value (Nash: the product of gains; egalitarian: the smallest gain). */
  value: number;
  /** Distinct utility vectors reaching it (ties), each with its outcomes. */
  points: OptimumPoint[];
  /** More tied outcomes exist than were listed. */
  truncated: boolean;
  /** Branch-and-bound nodes visited; the search ran to the end, so the optimum is proven. */
  nodes: number;
};

export type SolveOptions = { maxTies?: number; shouldStop?: (nodes: number) => boolean };

export type ConcaveObjective = {
  objective: (u: Float64Array) => number;
  boxBound: (corner: Float64Array) => number;
  /** A supporting hyperplane built from dual weights (any weights give a valid one). */
  plane: (weights: Float64Array) => Hyperplane;
  /** Dual step: new weights from the current weights and the integer point they select. */
  step: (weights: Float64Array, u: Float64Array, iteration: number) => Float64Array;
  initialWeights: Float64Array;
  tolerance: number;
};

/** For each issue the option maximising weights·t; returns the outcome and its utility vector. */
function weightedBest(tables: number[][][], weights: Float64Array): { outcome: Outcome; u: Float64Array } {
  const m = tables[0]?.length ?? 0;
  const outcome: Outcome = [];
  for (let i = 0; i < m; i++) {
    const n = ((tables[0] as number[][])[i] as number[]).length;
    let best = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let o = 0; o < n; o++) {
      const score = tables.reduce(
        (a, t, p) => a + (weights[p] as number) * ((t[i] as number[])[o] as number),
        0,
      );
      if (score > bestScore) [best, bestScore] = [o, score];
    }
    outcome.push(best);
  }
  return { outcome, u: Float64Array.from(tables, (_, p) => utilityOf(tables, p, outcome)) };
}

function dualValue(tables: number[][][], plane: Hyperplane): number {
  const { u } = weightedBest(tables, plane.weights);
  return plane.constant + u.reduce((a, x, p) => a + (plane.weights[p] as number) * x, 0);
}

/**
 * Dual iterations: each weight vector gives a valid hyperplane bound and an integer point (per-issue best
 * weighted option). Returns the hyperplanes, tightest first, and the best acceptable objective value met.
 */
export function dualPlanes(
  s: Scenario,
  f: ConcaveObjective,
  iterations = 80,
): { planes: Hyperplane[]; incumbent: number } {
  const tables = utilityTables(s);
  const threshold = reservationFloors(s).map((r) => r - ACCEPT_TOLERANCE);
  const accepted = (u: Float64Array) => threshold.every((t, p) => (u[p] as number) >= t);
  let incumbent = Number.NEGATIVE_INFINITY;
  const planes: { plane: Hyperplane; dual: number }[] = [];
  let weights = f.initialWeights;
  for (let iteration = 0; iteration < iterations; iteration++) {
    const plane = f.plane(weights);
    planes.push({ plane, dual: dualValue(tables, plane) });
    const { u } = weightedBest(tables, weights);
    if (accepted(u)) incumbent = Math.max(incumbent, f.objective(u));
    weights = f.step(weights, u, iteration);
  }
  planes.sort((a, b) => a.dual - b.dual);
  return { planes: planes.map((p) => p.plane), incumbent };
}

export function solveConcave(s: Scenario, f: ConcaveObjective, options: SolveOptions = {}): Optimum | null {
  const tables = utilityTables(s);
  const threshold = reservationFloors(s).map((r) => r - ACCEPT_TOLERANCE);
  const slack = 1e-12 * (1 + tables.flat(2).reduce((a, v) => a + Math.abs(v), 0));
  const accepted = (u: Float64Array) => threshold.every((t, p) => (u[p] as number) >= t);
  const { planes, incumbent } = dualPlanes(s, f);
  const problem: SearchProblem = {
    tables,
    threshold,
    slack,
    objective: (u) => (accepted(u) ? f.objective(u) : Number.NEGATIVE_INFINITY),
    boxBound: f.boxBound,
    hyperplanes: planes.slice(0, 6),
    tolerance: f.tolerance,
    maxTies: options.maxTies ?? 1000,
    ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    ...(Number.isFinite(incumbent) ? { incumbent: incumbent - 2 * f.tolerance } : {}),
  };
  const result = branchAndBound(problem);
  if (!Number.isFinite(result.best) || result.ties.length === 0) return null;
  const groups = new Map<string, OptimumPoint>();
  for (const { outcome } of result.ties) {
    const utilities = tables.map((_, p) => utilityOf(tables, p, outcome));
    const key = utilities.map((u) => u.toFixed(9)).join(',');
    const group = groups.get(key);
    if (group) group.outcomes.push(outcome);
    else groups.set(key, { utilities, outcomes: [outcome] });
  }
  return {
    value: result.best,
    points: [...groups.values()],
    truncated: result.truncated,
    nodes: result.nodes,
  };
}
