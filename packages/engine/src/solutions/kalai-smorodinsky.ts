import { rationalPoints, type SolutionContext } from './context.ts';
import { argmaxAll } from './ties.ts';

/**
 * Kalai–Smorodinsky: each party's gain as a share of what it could gain at best, a_i = (u_i − d_i)/(ideal_i − d_i);
 * the frontier points where those shares are most nearly equal (smallest max_i a_i − min_i a_i). A party that
 * cannot gain anything (ideal = d) is left out of the comparison.
 */
export function kalaiSmorodinskyPoints(points: number[][], ctx: SolutionContext): number[] {
  const span = ctx.ideal.map((best, p) => best - (ctx.d[p] as number));
  return argmaxAll(rationalPoints(points, ctx.d), (i) => {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    (points[i] as number[]).forEach((u, p) => {
      const w = span[p] as number;
      if (!(w > 0)) return;
      const a = (u - (ctx.d[p] as number)) / w;
      if (a < lo) lo = a;
      if (a > hi) hi = a;
    });
    return hi >= lo ? -(hi - lo) : 0;
  });
}
