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
