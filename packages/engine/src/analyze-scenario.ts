// The whole analysis a mediator asks for, in one call: how many packages exist and how many every party accepts,
// the Pareto frontier of the acceptable ones, and the standard solutions on it, with the time each phase took.
// The answers come first: the count, Nash (each convention), egalitarian and maximum welfare come out exact from
// the branch and bound in optimize/ (and, with a draft, the smallest change) before any frontier is built, and
// `onAnswers` hands them over at once. The frontier follows as asked: `full` (exact; Nash and the others are then
// read off it, as before), `sample` (a labelled sample of exact frontier points), `none`, or `auto` (full for two
// parties; for more, full when it fits a small budget, else the sample, saying the frontier's size so far).
// Kalai–Smorodinsky and equal utility are defined on the whole frontier and are left out without it, saying so.
import { type SmallestChange, smallestChange } from './change/smallest-change.ts';
import { isAcceptable } from './count/acceptable.ts';
import { acceptableCountToJson, countAcceptable } from './count/count-acceptable.ts';
import { paretoFrontier } from './frontier/pareto-frontier.ts';
import { sampleFrontier } from './frontier/sample-frontier.ts';
import type { FrontierMethod, FrontierResult } from './frontier/types.ts';
import {
  type Disagreement,
  disagreementPoint,
  type Issue,
  type Outcome,
  outcomeCount,
  outcomeLabels,
  reservationFloors,
  type Scenario,
  utilityOf,
  utilityRange,
  utilityTables,
  validateScenario,
} from './model.ts';
import { optimizeEgalitarian } from './optimize/optimize-egalitarian.ts';
import { optimizeNash } from './optimize/optimize-nash.ts';
import { type Optimum, solveConcave } from './optimize/solve-concave.ts';
import { type Solution, type Solutions, solveFrontier } from './solutions/solve-frontier.ts';

export type AnalysisPhase = 'count' | 'answers' | 'frontier' | 'solutions';

/** How much of the frontier to build: see the file's head. */
export type FrontierMode = 'full' | 'none' | 'sample' | 'auto';

/** With more than two parties, `auto` builds the exact frontier only while no merge layer exceeds this. */
export const AUTO_FRONTIER_LIMIT = 20_000;
/** Points in a frontier sample (`sample`, or `auto` over its budget). */
export const FRONTIER_SAMPLE_SIZE = 1_000;

export type AnalyzeOptions = {
  /** Disagreement point for Nash, Kalai–Smorodinsky and egalitarian; default 'reservation'. */
  disagreement?: Disagreement;
  /** Default 'full' (the exact frontier up to `frontierLimit`). */
  frontier?: FrontierMode;
  /** Most frontier points held in memory; beyond it the frontier is reported as over the limit. */
  frontierLimit?: number;
  /**
   * Megabytes the frontier may hold (its arrays and the points it returns; see FrontierOptions.memoryBudget):
   * beyond it the analysis ends with a MemoryLimitError instead of exhausting the process.
   */
  memoryLimitMb?: number;
  /** A draft package: adds what each party gets from it and the smallest change every party accepts. */
  draft?: Outcome;
  /** Called once with the answers, before any frontier work starts. */
  onAnswers?: (answers: AnalysisAnswers) => void;
  /** Most packages listed per solution (the count is always given). Default 100. */
  outcomesPerSolution?: number;
  onProgress?: (p: { phase: AnalysisPhase; done: number; total: number }) => void;
  /** Checked between phases and inside long ones; an aborted analysis throws the signal's reason. */
  signal?: AbortSignal;
};

export type FrontierStatus =
  | { status: 'ok'; method: FrontierMethod; size: number }
  | { status: 'limit'; method: FrontierMethod; limit: number; pointsSoFar: number; message: string }
  /** `frontier` holds a sample of exact frontier points, not the frontier; `message` says so and why. */
  | {
      status: 'sample';
      method: 'weighted-sum';
      size: number;
      draws: number;
      /** Set when `auto` gave up the exact frontier: its budget and the points it held when it stopped. */
      limit?: number;
      pointsSoFar?: number;
      message: string;
    }
  | { status: 'skipped'; message: string };

/** What each party gets from the draft, and whether that reaches its reservation value. */
export type DraftUtilities = { utilities: number[]; accepts: boolean[] };

/** The results that need no frontier, in the result's own shapes. */
export type AnalysisAnswers = {
  scenario: string;
  parties: string[];
  disagreement: Disagreement;
  disagreementPoint: number[];
  outcomes: number | string;
  acceptableToAll: Record<string, unknown>;
  nash: Solution | null;
  egalitarian: Solution | null;
  maxWelfare: Solution | null;
  nashByConvention: Record<Disagreement, Solution | null>;
  draft?: DraftUtilities;
  smallestChange?: SmallestChange;
  notes: string[];
  timings: { count: number; answers: number };
};

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
  /** With a draft: what each party gets from it, and the smallest change every party accepts. */
  draft?: DraftUtilities;
  smallestChange?: SmallestChange;
  /** Why a solution is missing, when one is. */
  notes: string[];
  /** Milliseconds per phase, and in all. */
  timings: Record<AnalysisPhase | 'total', number> & { smallestChange?: number };
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

type Answers = { solutions: Solutions; nashByConvention: Record<Disagreement, Solution | null> };

/** Nash under each convention, egalitarian and maximum welfare by branch and bound: exact, no frontier. */
function solveWithoutFrontier(
  s: Scenario,
  disagreement: Disagreement,
  cap: number,
  signal?: AbortSignal,
): Answers {
  const shouldStop = () => signal?.aborted === true;
  const nashByConvention = Object.fromEntries(
    CONVENTIONS.map((c) => [c, fromOptimum(s, optimizeNash(s, c, { shouldStop }), cap)]),
  ) as Record<Disagreement, Solution | null>;
  throwIfAborted(signal);
  return {
    nashByConvention,
    solutions: {
      nash: nashByConvention[disagreement],
      egalitarian: fromOptimum(s, optimizeEgalitarian(s, disagreement, { shouldStop }), cap),
      maxWelfare: fromOptimum(s, optimizeWelfare(s, shouldStop), cap),
      kalaiSmorodinsky: null,
      equalUtility: null,
    },
  };
}

function solveOnFrontier(
  s: Scenario,
  frontier: Extract<FrontierResult, { status: 'ok' }>,
  disagreement: Disagreement,
  cap: number,
): Answers {
  const solutions = solveFrontier(s, frontier, disagreement, cap);
  const nashByConvention = Object.fromEntries(
    CONVENTIONS.map((c) => [
      c,
      c === disagreement ? solutions.nash : solveFrontier(s, frontier, c, cap).nash,
    ]),
  ) as Record<Disagreement, Solution | null>;
  return { solutions, nashByConvention };
}

function draftUtilities(s: Scenario, draft: Outcome): DraftUtilities {
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const utilities = s.parties.map((_, k) => utilityOf(tables, k, draft));
  return { utilities, accepts: utilities.map((u, k) => isAcceptable(u, floors[k] as number)) };
}

/** The frontier the mode asks for, and its status; null when none is built. */
function buildFrontier(
  s: Scenario,
  mode: FrontierMode,
  options: AnalyzeOptions,
): { frontier: FrontierResult | null; status: FrontierStatus; points: number[][] } {
  const onProgress = (done: number, total: number) => {
    throwIfAborted(options.signal);
    options.onProgress?.({ phase: 'frontier', done, total });
  };
  if (mode === 'none') {
    const message = 'frontier not computed (--frontier none)';
    return { frontier: null, status: { status: 'skipped', message }, points: [] };
  }
  const sample = (bound?: { limit: number; pointsSoFar: number }) => {
    const { points, draws } = sampleFrontier(s, { size: FRONTIER_SAMPLE_SIZE });
    const what = `a sample of ${points.length} exact frontier points (weighted-sum maxima from ${draws} draws), not the whole frontier`;
    const message = bound
      ? `frontier larger than the budget of ${bound.limit} points for ${s.parties.length} parties (${bound.pointsSoFar} points so far): ${what}`
      : what;
    return {
      frontier: null,
      status: {
        status: 'sample' as const,
        method: 'weighted-sum' as const,
        size: points.length,
        draws,
        ...bound,
        message,
      },
      points,
    };
  };
  if (mode === 'sample') return sample();
  const budget = mode === 'auto' && s.parties.length > 2;
  const limit = budget
    ? Math.min(options.frontierLimit ?? AUTO_FRONTIER_LIMIT, AUTO_FRONTIER_LIMIT)
    : options.frontierLimit;
  const mb = options.memoryLimitMb;
  const frontier = paretoFrontier(s, {
    ...(limit !== undefined ? { limit } : {}),
    ...(mb !== undefined ? { memoryBudget: { bytes: mb * 2 ** 20, limitMb: mb } } : {}),
    onProgress,
  });
  if (frontier.status === 'ok') {
    return {
      frontier,
      status: { status: 'ok', method: frontier.method, size: frontier.points.length },
      points: frontier.points,
    };
  }
  const { status, method, pointsSoFar, message } = frontier;
  if (budget) return sample({ limit: frontier.limit, pointsSoFar });
  return { frontier, status: { status, method, limit: frontier.limit, pointsSoFar, message }, points: [] };
}

export function analyzeScenario(scenario: Scenario, options: AnalyzeOptions = {}): AnalysisResult {
  const s = validateScenario(scenario);
  const disagreement = options.disagreement ?? 'reservation';
  const mode = options.frontier ?? 'full';
  const cap = options.outcomesPerSolution ?? 100;
  const progress = options.onProgress;
  const t0 = performance.now();
  // What the files' reader noticed (a discount factor ignored, weights above 1) leads every list of notes.
  const notes: string[] = [...(s.notes ?? [])];

  progress?.({ phase: 'count', done: 0, total: 1 });
  const count = acceptableCountToJson(countAcceptable(s));
  const t1 = performance.now();
  progress?.({ phase: 'count', done: 1, total: 1 });
  throwIfAborted(options.signal);

  const head = {
    scenario: s.name,
    parties: s.parties.map((p) => p.name),
    disagreement,
    disagreementPoint: disagreementPoint(s, disagreement),
    outcomes: big(outcomeCount(s)),
    acceptableToAll: count,
  };
  // The answers first, unless the frontier is wanted whole and nobody waits for them (then they are read off it).
  let early: Answers | null = null;
  let draft: DraftUtilities | undefined;
  let change: SmallestChange | undefined;
  let changeMs = 0;
  if (mode !== 'full' || options.onAnswers || options.draft) {
    progress?.({ phase: 'answers', done: 0, total: 1 });
    if (mode !== 'full' || options.onAnswers)
      early = solveWithoutFrontier(s, disagreement, cap, options.signal);
    if (options.draft) {
      const started = performance.now();
      draft = draftUtilities(s, options.draft);
      change = smallestChange(s, options.draft, {
        disagreement,
        shouldStop: () => options.signal?.aborted === true,
      });
      changeMs = performance.now() - started;
    }
    throwIfAborted(options.signal);
    progress?.({ phase: 'answers', done: 1, total: 1 });
  }
  const t2 = performance.now();
  const answerNotes = (a: Answers) =>
    a.solutions.nash
      ? []
      : ['no package gives every party at least its disagreement value: no Nash solution'];
  if (early && options.onAnswers) {
    options.onAnswers({
      ...head,
      nash: early.solutions.nash,
      egalitarian: early.solutions.egalitarian,
      maxWelfare: early.solutions.maxWelfare,
      nashByConvention: early.nashByConvention,
      ...(draft ? { draft } : {}),
      ...(change ? { smallestChange: change } : {}),
      notes: [...notes, ...answerNotes(early)],
      timings: { count: t1 - t0, answers: t2 - t1 },
    });
  }

  const built = buildFrontier(s, mode, options);
  const t3 = performance.now();
  throwIfAborted(options.signal);

  let answers: Answers;
  if (built.frontier?.status === 'ok') {
    answers = solveOnFrontier(s, built.frontier, disagreement, cap);
  } else {
    answers = early ?? solveWithoutFrontier(s, disagreement, cap, options.signal);
    const why = built.status.status === 'ok' ? 'frontier not computed' : built.status.message;
    notes.push(`${why}: Kalai–Smorodinsky and equal utility need the whole frontier and were not computed`);
  }
  throwIfAborted(options.signal);
  const t4 = performance.now();
  progress?.({ phase: 'solutions', done: 1, total: 1 });
  notes.push(...answerNotes(answers));

  return {
    ...head,
    issues: s.issues.map((i) => ({ name: i.name, options: [...i.options] })),
    utilityRanges: s.parties.map((_, k) => utilityRange(s, k)),
    frontier: built.points,
    frontierStatus: built.status,
    ...answers.solutions,
    nashByConvention: answers.nashByConvention,
    ...(draft ? { draft } : {}),
    ...(change ? { smallestChange: change } : {}),
    notes,
    timings: {
      count: t1 - t0,
      answers: t2 - t1,
      frontier: t3 - t2,
      solutions: t4 - t3,
      ...(change ? { smallestChange: changeMs } : {}),
      total: t4 - t0,
    },
  };
}
