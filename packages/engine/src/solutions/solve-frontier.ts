// Turns frontier points chosen by each solution concept into the results a mediator reads: the utility vectors
// and the packages (issue → option) that realise them, recovered through the frontier's back-pointers.

import type { Frontier } from '../frontier/types.ts';
import { type Disagreement, outcomeLabels, type Scenario } from '../model.ts';
import { solutionContext } from './context.ts';
import { egalitarianPoints } from './egalitarian.ts';
import { equalUtilityPoints } from './equal-utility.ts';
import { kalaiSmorodinskyPoints } from './kalai-smorodinsky.ts';
import { maxWelfarePoints } from './max-welfare.ts';
import { nashPoints } from './nash.ts';

export type Solution = {
  /** Utility vector of the (first) solution point, parties in scenario order. */
  utilities: number[];
  /** Packages reaching the solution, every tied point included, up to the cap. */
  outcomes: Record<string, string>[];
  /** Every tied solution point (usually one). */
  points: number[][];
  /** How many packages reach the solution points in all (a decimal string when beyond 2^53). */
  outcomeCount: number | string;
  /** True when `outcomes` lists fewer than `outcomeCount`. */
  truncated: boolean;
};

export type Solutions = {
  nash: Solution | null;
  kalaiSmorodinsky: Solution | null;
  egalitarian: Solution | null;
  maxWelfare: Solution | null;
  equalUtility: Solution | null;
};

const big = (v: bigint): number | string => (v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString());

export function describePoints(s: Scenario, f: Frontier, chosen: number[], cap = 100): Solution | null {
  const first = chosen[0];
  if (first === undefined) return null;
  let total = 0n;
  const outcomes: Record<string, string>[] = [];
  for (const i of chosen) {
    total += f.outcomeCountOf(i);
    if (outcomes.length < cap) {
      for (const o of f.outcomesOf(i, cap - outcomes.length)) outcomes.push(outcomeLabels(s, o));
    }
  }
  return {
    utilities: [...(f.points[first] as number[])],
    outcomes,
    points: chosen.map((i) => [...(f.points[i] as number[])]),
    outcomeCount: big(total),
    truncated: BigInt(outcomes.length) < total,
  };
}

/** All solution concepts over a computed frontier, under one disagreement convention. */
export function solveFrontier(s: Scenario, f: Frontier, disagreement: Disagreement, cap = 100): Solutions {
  const ctx = solutionContext(s, disagreement);
  const pts = f.points;
  return {
    nash: describePoints(s, f, nashPoints(pts, ctx), cap),
    kalaiSmorodinsky: describePoints(s, f, kalaiSmorodinskyPoints(pts, ctx), cap),
    egalitarian: describePoints(s, f, egalitarianPoints(pts, ctx), cap),
    maxWelfare: describePoints(s, f, maxWelfarePoints(pts), cap),
    equalUtility: describePoints(s, f, equalUtilityPoints(pts), cap),
  };
}
