// What the analysis of a plan version answers, as plain JSON (no bigint, no functions), and the helpers that tell
// the engine's packages as changes to the draft in the plan's own words.
import type { ChangeCandidate, SmallestChange } from '../change/smallest-change.ts';
import type { Disagreement, Outcome } from '../model.ts';
import type { Solution } from '../solutions/solve-frontier.ts';
import { describeChange, outcomeFromLabels, type PointChange } from './describe-change.ts';
import type { PlanDomain } from './types.ts';

export type SolutionName = 'nash' | 'kalaiSmorodinsky' | 'egalitarian' | 'maxWelfare';

export type PlanSolution = {
  utilities: number[];
  /** Packages reaching the solution, each told as changes to the draft (at most `outcomesPerSolution`). */
  packages: { changes: PointChange[]; text: string }[];
  /** How many packages reach the solution in all. */
  count: number;
};

export type PlanSmallestChange =
  | {
      status: 'found';
      /** Points reworded (0: the draft already gives every party its reservation value). */
      changed: number;
      utilities: number[];
      changes: PointChange[];
      text: string;
      /** Other changes of the same size and the same Nash product (ties), not described. */
      alternatives: number;
    }
  | { status: 'none'; text: string };

export type PlanAnalysis = {
  /** Party names, in the order of every utility vector below. */
  parties: string[];
  /** The target version's wording: each party's utility, and whether it reaches its reservation value. */
  draft: { utilities: number[]; accepts: boolean[] };
  outcomes: number | string;
  acceptableToAll: Record<string, unknown>;
  /** Efficient packages among ALL packages (acceptable or not), for the utility-space chart. */
  frontier: { status: 'ok' | 'limit'; points: number[][]; message?: string };
  /** Efficient packages among those every party accepts (only the size: the solutions lie on it). */
  acceptableFrontier: { status: 'ok' | 'limit'; size?: number; message?: string };
  solutions: Record<SolutionName, PlanSolution | null>;
  smallestChange: PlanSmallestChange;
  disagreement: Disagreement;
  disagreementPoint: number[];
  notes: string[];
  /** Milliseconds per phase, and in all. */
  timings: Record<string, number>;
};

export const NO_CHANGE_TEXT =
  'No change of the listed wordings lets every party reach its reservation value: ' +
  'every package of these wordings leaves some party below it.';

export function planSolution(domain: PlanDomain, s: Solution | null, cap: number): PlanSolution | null {
  if (!s) return null;
  return {
    utilities: [...s.utilities],
    packages: s.outcomes.slice(0, cap).map((labels) => {
      const { changes, text } = describeChange(domain, domain.draft, outcomeFromLabels(domain, labels));
      return { changes, text };
    }),
    count: Number(s.outcomeCount),
  };
}

export function planSmallestChange(domain: PlanDomain, change: SmallestChange): PlanSmallestChange {
  const best: ChangeCandidate | undefined = change.status === 'found' ? change.candidates[0] : undefined;
  if (change.status !== 'found' || !best) return { status: 'none', text: NO_CHANGE_TEXT };
  const outcome: Outcome = best.outcome;
  const { changes, text } = describeChange(domain, domain.draft, outcome);
  return {
    status: 'found',
    changed: change.changed,
    utilities: [...best.utilities],
    changes,
    text,
    alternatives: change.candidates.length - 1,
  };
}
