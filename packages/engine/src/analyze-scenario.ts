// The whole analysis a mediator asks for, in one call: how many packages exist and how many every party accepts,
// the Pareto frontier of the acceptable ones, and the standard solutions on it, with the time each phase took.
// When the frontier is too large to hold, Nash, egalitarian and maximum welfare still come out exact from the
// branch and bound in optimize/ (Kalai–Smorodinsky and equal utility need the frontier and are left out, saying so).
import { acceptableCountToJson, countAcceptable } from './count/count-acceptable.ts';
import { paretoFrontier } from './frontier/pareto-frontier.ts';
import type { FrontierMethod } from './frontier/types.ts';
import {
  type Disagreement,
  disagreementPoint,
  type Issue,
  outcomeCount,
  outcomeLabels,
  type Scenario,
  utilityRange,
  validateScenario,
} from './model.ts';
import { optimizeEgalitarian } from './optimize/optimize-egalitarian.ts';
import { optimizeNash } from './optimize/optimize-nash.ts';
import { type Optimum, solveConcave } from './optimize/solve-concave.ts';
import { type Solution, type Solutions, solveFrontier } from './solutions/solve-frontier.ts';

export type AnalysisPhase = 'count' | 'frontier' | 'solutions';

export type AnalyzeOptions = {
  /** Disagreement point for Nash, Kalai–Smorodinsky and egalitarian; default 'reservation'. */
  disagreement?: Disagreement;
  /** Most frontier points held in memory; beyond it the frontier is reported as over the limit. */
  frontierLimit?: number;
  /** Most packages listed per solution (the count is always given). Default 100. */
  outcomesPerSolution?: number;
  onProgress?: (p: { phase: AnalysisPhase; done: number; total: number }) => void;
  /** Checked between phases and inside long ones; an aborted analysis throws the signal's reason. */
  signal?: AbortSignal;
};

export type FrontierStatus =
  | { status: 'ok'; method: FrontierMethod; size: number }
  | { status: 'limit'; method: FrontierMethod; limit: number; pointsSoFar: number; message: string };

export type AnalysisResult = {
  scenario: string;
  parties: string[];
  issues: Issue[];
  disagreement: Disagreement;
  disagreementPoint: number[];
  utilityRanges: [number, number][];
  /** Number of packages (a decimal string beyond 2^53). */
  outcomes: number | string;
  /** Packages every party accepts: exact, or an estimate with its 99% interval (see count/). */
  acceptableToAll: Record<string, unknown>;
  /** Utility vectors of the frontier of acceptable packages (empty when over the limit). */
  frontier: number[][];
  frontierStatus: FrontierStatus;
  nash: Solution | null;
  kalaiSmorodinsky: Solution | null;
  egalitarian: Solution | null;
  maxWelfare: Solution | null;
  equalUtility: Solution | null;
  /** Nash under each disagreement convention (the chosen one is also `nash`). */
  nashByConvention: Record<Disagreement, Solution | null>;
  /** Why a solution is missing, when one is. */
  notes: string[];
  /** Milliseconds per phase, and in all. */
  timings: Record<AnalysisPhase | 'total', number>;
};

const CONVENTIONS: Disagreement[] = ['reservation', 'zero', 'negmas'];

const big = (v: bigint): number | string => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString());

function fromOptimum(s: Scenario, o: Optimum | null, cap: number): Solution | null {
  const first = o?.points[0];
  if (!o || !first) return null;
  const outcomes = o.points.flatMap((p) => p.outcomes).slice(0, cap);
  const total = o.points.reduce((n, p) => n + p.outcomes.length, 0);
  return {
    utilities: first.utilities,
    outcomes: outcomes.map((x) => outcomeLabels(s, x)),
    points: o.points.map((p) => p.utilities),
    outcomeCount: total,
    truncated: o.truncated || outcomes.length < total,
  };
}

/** Maximum welfare by the same exact branch and bound: a linear objective is its own supporting plane. */
function optimizeWelfare(s: Scenario, shouldStop: () => boolean): Optimum | null {
  const k = s.parties.length;
  const sum = (u: Float64Array) => u.reduce((a, x) => a + x, 0);
  return solveConcave(
    s,
    {
      objective: sum,
      boxBound: sum,
      plane: (w) => ({ constant: 0, weights: w }),
      step: (w) => w,
      initialWeights: new Float64Array(k).fill(1),
      tolerance: 1e-12,
    },
    { shouldStop },
  );
}

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('analysis cancelled');
}

export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): AnalysisResult {
  const s = validateScenario(scenario);
  const disagreement = options.disagreement ?? 'reservation';
  const cap = options.outcomesPerSolution ?? 100;
  const progress = options.onProgress;
  const t0 = performance.now();
  const notes: string[] = [];

  progress?.({ phase: 'count', done: 0, total: 1 });
  const count = countAcceptable(s);
  const t1 = performance.now();
  progress?.({ phase: 'count', done: 1, total: 1 });
  throwIfAborted(options.signal);

  const frontier = paretoFrontier(s, {
    ...(options.frontierLimit !== undefined ? { limit: options.frontierLimit } : {}),
    onProgress: (done, total) => {
      throwIfAborted(options.signal);
      progress?.({ phase: 'frontier', done, total });
    },
  });
  const t2 = performance.now();
  throwIfAborted(options.signal);

  let solutions: Solutions;
  let nashByConvention: Record<Disagreement, Solution | null>;
  let frontierStatus: FrontierStatus;
  if (frontier.status === 'ok') {
    frontierStatus = { status: 'ok', method: frontier.method, size: frontier.points.length };
    solutions = solveFrontier(s, frontier, disagreement, cap);
    nashByConvention = Object.fromEntries(
      CONVENTIONS.map((c) => [
        c,
        c === disagreement ? solutions.nash : solveFrontier(s, frontier, c, cap).nash,
      ]),
    ) as Record<Disagreement, Solution | null>;
  } else {
    const { status, method, limit, pointsSoFar, message } = frontier;
    frontierStatus = { status, method, limit, pointsSoFar, message };
    const shouldStop = () => options.signal?.aborted === true;
    nashByConvention = Object.fromEntries(
      CONVENTIONS.map((c) => [c, fromOptimum(s, optimizeNash(s, c, { shouldStop }), cap)]),
    ) as Record<Disagreement, Solution | null>;
    solutions = {
      nash: nashByConvention[disagreement],
      egalitarian: fromOptimum(s, optimizeEgalitarian(s, disagreement, { shouldStop }), cap),
      maxWelfare: fromOptimum(s, optimizeWelfare(s, shouldStop), cap),
      kalaiSmorodinsky: null,
      equalUtility: null,
    };
    notes.push(
      `${message}: Kalai–Smorodinsky and equal utility need the whole frontier and were not computed`,
    );
  }
  throwIfAborted(options.signal);
  const t3 = performance.now();
  progress?.({ phase: 'solutions', done: 1, total: 1 });
  if (!solutions.nash)
    notes.push('no package gives every party at least its disagreement value: no Nash solution');

  return {
    scenario: s.name,
    parties: s.parties.map((p) => p.name),
    issues: s.issues.map((i) => ({ name: i.name, options: [...i.options] })),
    disagreement,
    disagreementPoint: disagreementPoint(s, disagreement),
    utilityRanges: s.parties.map((_, k) => utilityRange(s, k)),
    outcomes: big(outcomeCount(s)),
    acceptableToAll: acceptableCountToJson(count),
    frontier: frontier.status === 'ok' ? frontier.points : [],
    frontierStatus,
    ...solutions,
    nashByConvention,
    notes,
    timings: { count: t1 - t0, frontier: t2 - t1, solutions: t3 - t2, total: t3 - t0 },
  };
}
