// The analysis a mediator reads on a plan version: what each party gets from the version's wording and whether it
// accepts it, how many packages of the listed wordings exist and how many every party accepts, the efficient
// packages of all of them (the chart), the standard solutions told as changes to the draft, and the fewest points
// to reword so that every party reaches its reservation value. Pure; the pool's 'plan-analysis' task calls it.
import { analyzeScenario } from '../analyze-scenario.ts';
import { checkDraft, smallestChange } from '../change/smallest-change.ts';
import { isAcceptable } from '../count/acceptable.ts';
import { paretoFrontier } from '../frontier/pareto-frontier.ts';
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
  /** Most points of the all-packages frontier (the chart); beyond it the frontier is reported as over the limit. */
  frontierLimit?: number;
  /** Most packages described per solution; default (and at most) 5. */
  outcomesPerSolution?: number;
  onProgress?: (p: { phase: string; fraction?: number; nodes?: number }) => void;
};

export const DEFAULT_CHART_FRONTIER_LIMIT = 2_000;
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

function chartFrontier(s: Scenario, limit: number, report: AnalyzePlanOptions['onProgress']) {
  const f = paretoFrontier(s, {
    acceptableOnly: false,
    limit,
    onProgress: (done, total) => report?.({ phase: 'chart', fraction: total > 0 ? done / total : 0 }),
  });
  return f.status === 'ok'
    ? { status: 'ok' as const, points: f.points.map((p) => [...p]) }
    : { status: 'limit' as const, points: [], message: f.message };
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
    outcomesPerSolution: cap,
    onProgress: ({ phase, done, total }) => report?.({ phase, fraction: total > 0 ? done / total : 0 }),
  });
  const t1 = performance.now();
  const frontier = chartFrontier(s, options.frontierLimit ?? DEFAULT_CHART_FRONTIER_LIMIT, report);
  const t2 = performance.now();
  const change = smallestChange(s, domain.draft, {
    disagreement,
    shouldStop: (nodes) => {
      report?.({ phase: 'smallestChange', nodes });
      return false;
    },
  });
  const t3 = performance.now();

  const fs = result.frontierStatus;
  const notes = [...result.notes];
  if (frontier.status === 'limit')
    notes.push(`chart: ${frontier.message}; the efficient packages are not drawn`);
  return {
    parties: result.parties,
    draft: { utilities: draftUtilities, accepts },
    outcomes: result.outcomes,
    // analyzeScenario types its JSON count loosely; acceptableCountToJson writes exactly the answer's union.
    acceptableToAll: result.acceptableToAll as PlanAnalysis['acceptableToAll'],
    frontier,
    acceptableFrontier:
      fs.status === 'ok' ? { status: 'ok', size: fs.size } : { status: 'limit', message: fs.message },
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
