// The Nash bargaining package on domains too large to list: maximise Π_p (u_p − d_p) over the outcomes every
// party accepts, with every gain positive. Searched as Σ log(u_p − d_p), which is concave, so each tangent
// plane log g ≤ −log y − 1 + y·g (for any y > 0) bounds it; the weights y come from dual iterations.
import { type Disagreement, disagreementPoint, type Scenario } from '../model.ts';
import { type ConcaveObjective, type Optimum, type SolveOptions, solveConcave } from './solve-concave.ts';

/** Σ_p log(u_p − d_p) (−∞ unless every gain is positive) with its tangent planes and dual steps. */
export function nashObjective(s: Scenario, disagreement: Disagreement): ConcaveObjective {
  const d = Float64Array.from(disagreementPoint(s, disagreement));
  const k = d.length;
  const logGain = (u: Float64Array): number => {
    let total = 0;
    for (let p = 0; p < k; p++) {
      const g = (u[p] as number) - (d[p] as number);
      if (!(g > 0)) return Number.NEGATIVE_INFINITY;
      total += Math.log(g);
    }
    return total;
  };
  const scale = Math.max(1e-9, ...s.parties.map((_, p) => Math.abs(d[p] as number) + 1));
  return {
    objective: logGain,
    boxBound: logGain,
    plane: (y) => {
      let constant = 0;
      for (let p = 0; p < k; p++)
        constant += -Math.log(y[p] as number) - 1 - (y[p] as number) * (d[p] as number);
      return { constant, weights: y };
    },
    // At the relaxed optimum y_p·(u_p − d_p) = 1; move each weight towards that (multiplicatively).
    step: (y, u, iteration) =>
      Float64Array.from(y, (w, p) => {
        const g = Math.max((u[p] as number) - (d[p] as number), 1e-12 * scale);
        return w * Math.exp(-(0.7 / Math.sqrt(iteration + 1)) * Math.tanh(w * g - 1));
      }),
    initialWeights: Float64Array.from({ length: k }, () => 1 / scale),
    tolerance: 1e-9, // relative on the product: log differences of 1e-9
  };
}

export function optimizeNash(
  s: Scenario,
  disagreement: Disagreement,
  options: SolveOptions = {},
): Optimum | null {
  const result = solveConcave(s, nashObjective(s, disagreement), options);
  if (!result) return null;
  return { ...result, value: Math.exp(result.value) };
}
