import { argmaxAll } from './ties.ts';

/** Maximum welfare: the frontier points with the largest sum of utilities (no disagreement point involved). */
export function maxWelfarePoints(points: number[][]): number[] {
  return argmaxAll(
    points.map((_, i) => i),
    (i) => (points[i] as number[]).reduce((a, u) => a + u, 0),
  );
}
