// Comparison helpers for the conformance tests: frontiers as sets of utility vectors within a tolerance.

const close = (a: number[], b: number[], tol: number) =>
  a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] as number)) <= tol);

export type SetDiff = { missing: number[][]; extra: number[][] };

/** Matches each expected vector to a distinct computed one within `tol` (bucketed by the first coordinate). */
export function compareVectorSets(got: number[][], expected: number[][], tol: number): SetDiff {
  const cell = Math.max(tol * 1000, 1e-6);
  const buckets = new Map<number, number[]>();
  got.forEach((v, i) => {
    const key = Math.floor((v[0] as number) / cell);
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  const used = new Set<number>();
  const missing: number[][] = [];
  for (const e of expected) {
    const key = Math.floor((e[0] as number) / cell);
    let found = -1;
    for (const k of [key - 1, key, key + 1]) {
      for (const i of buckets.get(k) ?? []) {
        if (!used.has(i) && close(got[i] as number[], e, tol)) {
          found = i;
          break;
        }
      }
      if (found >= 0) break;
    }
    if (found >= 0) used.add(found);
    else missing.push(e);
  }
  return { missing, extra: got.filter((_, i) => !used.has(i)) };
}

/** Is v weakly dominated by some vector of `others`, allowing `tol` of float noise? */
export function nearlyDominated(v: number[], others: number[][], tol: number): boolean {
  return others.some((o) => o.every((x, p) => x >= (v[p] as number) - tol));
}

export function containsVector(vs: number[][], v: number[], tol: number): boolean {
  return vs.some((x) => close(x, v, tol));
}

/** Index pairs (a, b) where frontier point a dominates point b exactly (should be none). 2-D by a sweep. */
export function dominatedPairs(points: number[][], maxPairs = 5): [number, number][] {
  const out: [number, number][] = [];
  const dominates = (a: number[], b: number[]) =>
    a.every((x, p) => x >= (b[p] as number)) && a.some((x, p) => x > (b[p] as number));
  if (points[0]?.length === 2) {
    const order = points
      .map((_, i) => i)
      .sort(
        (a, b) =>
          (points[b]?.[0] as number) - (points[a]?.[0] as number) ||
          (points[b]?.[1] as number) - (points[a]?.[1] as number),
      );
    for (let r = 1; r < order.length && out.length < maxPairs; r++) {
      const prev = points[order[r - 1] as number] as number[];
      const cur = points[order[r] as number] as number[];
      if (dominates(prev, cur)) out.push([order[r - 1] as number, order[r] as number]);
      else if ((cur[1] as number) <= (prev[1] as number))
        out.push([order[r - 1] as number, order[r] as number]);
    }
    return out;
  }
  for (let a = 0; a < points.length && out.length < maxPairs; a++) {
    for (let b = 0; b < points.length; b++) {
      if (a !== b && dominates(points[a] as number[], points[b] as number[])) out.push([a, b]);
    }
  }
  return out;
}
