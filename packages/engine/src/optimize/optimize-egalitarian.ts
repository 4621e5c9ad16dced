// The egalitarian package on domains too large to list: maximise the smallest gain min_p (u_p − d_p) over the
// outcomes every party accepts (NegMAS calls this "kalai"). The minimum is at most any weighted average of the
// gains, so every weight vector λ on the simplex gives the bound λ·u − λ·d; λ comes from mirror-descent steps.
// Among tied packages only those no other tied package dominates are kept (the solution lies on the frontier).
import { type Disagreement, disagreementPoint, type Scenario } from '../model.ts';
import { type Optimum, type SolveOptions, solveConcave } from './solve-concave.ts';

export function optimizeEgalitarian(
  s: Scenario,
  disagreement: Disagreement,
  options: SolveOptions = {},
): Optimum | null {
  const d = Float64Array.from(disagreementPoint(s, disagreement));
  const k = d.length;
  const minGain = (u: Float64Array): number => {
    let least = Number.POSITIVE_INFINITY;
    for (let p = 0; p < k; p++) least = Math.min(least, (u[p] as number) - (d[p] as number));
    return least;
  };
  const result = solveConcave(
    s,
    {
      objective: minGain,
      boxBound: minGain,
      plane: (lambda) => ({
        constant: -lambda.reduce((a, w, p) => a + w * (d[p] as number), 0),
        weights: lambda,
      }),
      // Shift weight towards the parties whose gain is smallest.
      step: (lambda, u, iteration) => {
        const gains = Float64Array.from(u, (x, p) => x - (d[p] as number));
        const spread = Math.max(...gains) - Math.min(...gains) || 1;
        const next = Float64Array.from(lambda, (w, p) =>
          Math.max(1e-6, w * Math.exp((-2 / Math.sqrt(iteration + 1)) * ((gains[p] as number) / spread))),
        );
        const total = next.reduce((a, w) => a + w, 0);
        return next.map((w) => w / total);
      },
      initialWeights: new Float64Array(k).fill(1 / k),
      tolerance: 1e-9,
    },
    options,
  );
  if (!result) return null;
  const dominated = (a: number[], b: number[]) =>
    b.every((x, p) => x >= (a[p] as number) - 1e-12) && b.some((x, p) => x > (a[p] as number) + 1e-9);
  const points = result.points.filter(
    (pt) => !result.points.some((other) => dominated(pt.utilities, other.utilities)),
  );
  return { ...result, points };
}
