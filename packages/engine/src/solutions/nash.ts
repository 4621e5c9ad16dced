import { rationalPoints, type SolutionContext } from './context.ts';
import { argmaxAll } from './ties.ts';

/**
 * Nash bargaining solution: the frontier points maximising Π_i (u_i − d_i) among those where nobody does worse
 * than at d. Depends on the disagreement convention (reservation, zero or NegMAS's max(reservation, minimum)).
 */
export function nashPoints(points: number[][], ctx: SolutionContext): number[] {
  return argmaxAll(rationalPoints(points, ctx.d), (i) =>
    (points[i] as number[]).reduce((prod, u, p) => prod * Math.max(0, u - (ctx.d[p] as number)), 1),
  );
}
