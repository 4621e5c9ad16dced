import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import { type Disagreement, disagreementPoint, type Scenario, utilityRange } from '../model.ts';

/** What the solution concepts need besides the frontier: the disagreement point and each party's best. */
export type SolutionContext = {
  disagreement: Disagreement;
  /** d_i under the chosen convention. */
  d: number[];
  /** Each party's best utility over all outcomes (the ideal point). */
  ideal: number[];
};

export function solutionContext(s: Scenario, disagreement: Disagreement): SolutionContext {
  return {
    disagreement,
    d: disagreementPoint(s, disagreement),
    ideal: s.parties.map((_, k) => utilityRange(s, k)[1]),
  };
}

/** Frontier points where every party gains at least nothing over d (the individually rational ones). */
export function rationalPoints(points: number[][], d: number[]): number[] {
  const out: number[] = [];
  points.forEach((u, i) => {
    if (u.every((x, p) => x >= (d[p] as number) - ACCEPT_TOLERANCE)) out.push(i);
  });
  return out;
}
