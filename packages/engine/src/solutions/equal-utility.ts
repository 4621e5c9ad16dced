import { argmaxAll } from './ties.ts';

/**
 * Equal utility (what Genius and ANL call "Kalai"): the frontier points where the parties' utilities are closest,
 * smallest Σ_{i<j} |u_i − u_j|, on the utilities as they are (no disagreement point, no rescaling).
 */
export function equalUtilityPoints(points: number[][]): number[] {
  return argmaxAll(
    points.map((_, i) => i),
    (i) => {
      const u = points[i] as number[];
      let spread = 0;
      for (let a = 0; a < u.length; a++)
        for (let b = a + 1; b < u.length; b++) spread += Math.abs((u[a] as number) - (u[b] as number));
      return -spread;
    },
  );
}
