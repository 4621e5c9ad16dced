import { rationalPoints, type SolutionContext } from './context.ts';
import { argmaxAll } from './ties.ts';

/** Egalitarian (Kalai 1977; NegMAS's "kalai"): the frontier points maximising the smallest gain min_i (u_i − d_i). */
export function egalitarianPoints(points: number[][], ctx: SolutionContext): number[] {
  return argmaxAll(rationalPoints(points, ctx.d), (i) =>
    Math.min(...(points[i] as number[]).map((u, p) => u - (ctx.d[p] as number))),
  );
}
