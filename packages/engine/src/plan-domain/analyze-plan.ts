// The analysis a mediator reads on a plan version: what each party gets from the version's wording and whether it
// accepts it, how many packages of the listed wordings exist and how many every party accepts, the efficient
// packages of all of them (the chart), the standard solutions told as changes to the draft, and the fewest points
// to reword so that every party reaches its reservation value. Pure; the pool's 'plan-analysis' task calls it.
// At the reference size (28 points × 4 wordings × 4 parties) the frontiers have hundreds of thousands of points:
// the answers never wait for them (the acceptable frontier is built only while small, else sampled), and the
// chart gets at most `frontierLimit` points — the exact frontier when it is that small, else a labelled sample.
import { analyzeScenario, type FrontierMode } from '../analyze-scenario.ts';
import { checkDraft, smallestChange } from '../change/smallest-change.ts';
import { isAcceptable } from '../count/acceptable.ts';
import { paretoFrontier } from '../frontier/pareto-frontier.ts';
import { sampleFrontier } from '../frontier/sample-frontier.ts';
import {
  type Disagreement,
  reservationFloors,
  type Scenario,
  utilityOf,
  utilityTables,
  validateScenario,
} from '../model.ts';
import {
  type PlanAnalysis,
  type PlanSolution,
  planSmallestChange,
  planSolution,
  type SolutionName,
} from './plan-analysis.ts';
import type { PlanDomain } from './types.ts';

export type AnalyzePlanOptions = {
  /** Default 'reservation'. */
  disagreement?: Disagreement;
  /** Most points of the all-packages frontier sent for the chart; beyond it a sample of this many is sent. */
  frontierLimit?: number;
  /** The acceptable frontier (the solutions' ground): default 'auto', exact while small, else a sample. */
  frontier?: FrontierMode;
  /** Megabytes the frontiers may hold (see AnalyzeOptions.memoryLimitMb): beyond it a MemoryLimitError ends the run. */
  memoryLimitMb?: number;
  /** Most packages described per solution; default (and at most) 5. */
  outcomesPerSolution?: number;
  onProgress?: (p: { phase: string; fraction?: number; nodes?: number }) => void;
};

export const DEFAULT_CHART_FRONTIER_LIMIT = 2_000;
/** Points of the chart's sample when the frontier is larger than the limit: enough to see its shape. */
export const CHART_SAMPLE_SIZE = 1_000;
/**
 * With more than two parties, the acceptable frontier is built exactly only while no merge layer exceeds this
 * (about a second at worst here): beyond it the solutions come from the branch and bound and it is sampled.
 */
export const PLAN_FRONTIER_BUDGET = 5_000;
const MAX_PACKAGES = 5;
const SOLUTIONS: SolutionName[] = ['nash', 'kalaiSmorodinsky', 'egalitarian', 'maxWelfare'];

/** The scenario must be over exactly the domain's issues and options, or no package could be told in words. */
function checkMatches(domain: PlanDomain, s: Scenario): void {
  const same =
    s.issues.length === domain.issues.length &&
    s.issues.every((issue, i) => {
      const d = domain.issues[i];
      return (
        d !== undefined &&
        issue.name === d.name &&
        issue.options.length === d.options.length &&
        issue.options.every((o, j) => o === d.options[j])
      );
    });
  if (!same) throw new RangeError('the scenario is not over the points and wordings of this plan domain');
}

/**
 * The efficient packages among all packages, at most `limit` of them: the exact frontier when it is that small,
 * else a sample of its points found by weighted sums (reservations set aside: the chart shows every package).
 */
function chartFrontier(s: Scenario, limit: number, options: AnalyzePlanOptions) {
  const report = options.onProgress;
  const mb = options.memoryLimitMb;
  const f = paretoFrontier(s, {
    acceptableOnly: false,
    limit,
    ...(mb !== undefined ? { memoryBudget: { bytes: mb * 2 ** 20, limitMb: mb } } : {}),
    onProgress: (done, total) => report?.({ phase: 'chart', fraction: total > 0 ? done / total : 0 }),
  });
  if (f.status === 'ok') return { status: 'ok' as const, points: f.points.map((p) => [...p]) };
  const unreserved = { ...s, parties: s.parties.map((p) => ({ ...p, reservation: null })) };
  const { points } = sampleFrontier(unreserved, { size: Math.min(limit, CHART_SAMPLE_SIZE) });
  return {
    status: 'sample' as const,
    points,
    message: `a sample of ${points.length} of the efficient packages (the whole frontier has more than ${limit}; ${f.pointsSoFar} found before it stopped)`,
  };
}

function acceptableFrontierOf(fs: ReturnType<typeof analyzeScenario>['frontierStatus']) {
  if (fs.status === 'ok') return { status: 'ok' as const, size: fs.size };
  if (fs.status === 'sample') return { status: 'sample' as const, size: fs.size, message: fs.message };
  return { status: 'limit' as const, message: fs.message };
}

export function analyzePlan(
  domain: PlanDomain,
  scenario: Scenario,
  options: AnalyzePlanOptions = {},
): PlanAnalysis {
  const s = validateScenario(scenario);
  checkMatches(domain, s);
  checkDraft(s, domain.draft);
  const disagreement = options.disagreement ?? 'reservation';
  const cap = Math.min(options.outcomesPerSolution ?? MAX_PACKAGES, MAX_PACKAGES);
  const report = options.onProgress;
  const started = performance.now();

  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const draftUtilities = s.parties.map((_, k) => utilityOf(tables, k, domain.draft));
  const accepts = draftUtilities.map((u, k) => isAcceptable(u, floors[k] as number));

  const result = analyzeScenario(s, {
    disagreement,
    frontier: options.frontier ?? 'auto',
    ...(s.parties.length > 2 ? { frontierLimit: PLAN_FRONTIER_BUDGET } : {}),
    ...(options.memoryLimitMb !== undefined ? { memoryLimitMb: options.memoryLimitMb } : {}),
    outcomesPerSolution: cap,
    onProgress: ({ phase, done, total }) => report?.({ phase, fraction: total > 0 ? done / total : 0 }),
  });
  const t1 = performance.now();
  const frontier = chartFrontier(s, options.frontierLimit ?? DEFAULT_CHART_FRONTIER_LIMIT, options);
  const t2 = performance.now();
  const change = smallestChange(s, domain.draft, {
    disagreement,
    shouldStop: (nodes) => {
      report?.({ phase: 'smallestChange', nodes });
      return false;
    },
  });
  const t3 = performance.now();

  const notes = [...result.notes];
  if (frontier.status === 'sample') notes.push(`chart: ${frontier.message}`);
  return {
    parties: result.parties,
    draft: { utilities: draftUtilities, accepts },
    outcomes: result.outcomes,
    // analyzeScenario types its JSON count loosely; acceptableCountToJson writes exactly the answer's union.
    acceptableToAll: result.acceptableToAll as PlanAnalysis['acceptableToAll'],
    frontier,
    acceptableFrontier: acceptableFrontierOf(result.frontierStatus),
    solutions: Object.fromEntries(
      SOLUTIONS.map((name) => [name, planSolution(domain, result[name], cap)]),
    ) as Record<SolutionName, PlanSolution | null>,
    smallestChange: planSmallestChange(domain, change),
    disagreement,
    disagreementPoint: result.disagreementPoint,
    notes,
    timings: {
      ...result.timings,
      chart: t2 - t1,
      smallestChange: t3 - t2,
      total: t3 - started,
    },
  };
}
