// What the analysis of a plan version answers, as plain JSON (no bigint, no functions), and the helpers that tell
// the engine's packages as changes to the draft in the plan's own words. The answer's shape is core's
// (schemas/analysis.ts), the one the server documents and the browser reads.
import type { PlanAnalysis, PlanSmallestChange, PlanSolution, SolutionName } from '@concord/core';
import type { ChangeCandidate, SmallestChange } from '../change/smallest-change.ts';
import type { Outcome } from '../model.ts';
import type { Solution } from '../solutions/solve-frontier.ts';
import { describeChange, outcomeFromLabels } from './describe-change.ts';
import type { PlanDomain } from './types.ts';

export type { PlanAnalysis, PlanSmallestChange, PlanSolution, SolutionName };

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
