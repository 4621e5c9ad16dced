// Solution concepts pick the frontier points that optimise a score. Points whose score is within a relative
// 1e-12 of the best are ties (float sums of the same package can differ in the last bits); all are returned.

export const TIE_TOLERANCE = 1e-12;

/** Indices of the points (among `eligible`) with the largest score, ties included. */
export function argmaxAll(eligible: number[], score: (i: number) => number): number[] {
  let best = Number.NEGATIVE_INFINITY;
  const scores = eligible.map((i) => {
    const v = score(i);
    if (v > best) best = v;
    return v;
  });
  if (!Number.isFinite(best)) return [];
  const tol = TIE_TOLERANCE * Math.max(1, Math.abs(best));
  return eligible.filter((_, k) => (scores[k] as number) >= best - tol);
}
