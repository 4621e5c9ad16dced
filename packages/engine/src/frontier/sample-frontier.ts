// A sample of the exact frontier without computing all of it: for weights λ > 0 on every party, the package that
// maximises λ·u is efficient among all packages (a package beating it for one party at nobody's expense would have
// a larger λ·u), and, when every party accepts it, among the acceptable ones. λ·u is additive, so that package
// takes on each issue the option with the largest λ·u — one pass over the utility tables per draw. The sample
// holds only such "supported" points (those on the convex hull's upper surface), so it is labelled a sample,
// never the frontier: points in the hull's dents are missed however many draws are made.
import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import { reservationFloors, type Scenario, utilityTables } from '../model.ts';

export type FrontierSample = {
  /** Distinct utility vectors of efficient, acceptable packages, in the order found. */
  points: number[][];
  /** Weight vectors drawn. */
  draws: number;
};

/** sfc32: seeded, so the same scenario gives the same sample. */
function random(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/**
 * Up to `size` points, from at most `maxDraws` weight vectors drawn uniformly from the simplex (seeded).
 * Cost O(maxDraws × issues × options × parties); utilities are summed in issue order, as the merge sums them.
 */
export function sampleFrontier(
  s: Scenario,
  options: { size?: number; maxDraws?: number; seed?: number } = {},
): FrontierSample {
  const size = options.size ?? 1000;
  const maxDraws = options.maxDraws ?? 20 * size;
  const next = random(options.seed ?? 1);
  const tables = utilityTables(s);
  const floors = reservationFloors(s);
  const k = tables.length;
  const m = s.issues.length;
  const lambda = new Float64Array(k);
  const seen = new Set<string>();
  const points: number[][] = [];
  let draws = 0;
  while (points.length < size && draws < maxDraws) {
    draws++;
    let total = 0;
    for (let p = 0; p < k; p++) {
      // Exponential draws normalised: uniform on the simplex; never exactly 0, so every party weighs.
      const w = -Math.log(1 - next()) + 1e-12;
      lambda[p] = w;
      total += w;
    }
    const u = new Array<number>(k).fill(0);
    for (let i = 0; i < m; i++) {
      const nOpt = s.issues[i]?.options.length ?? 0;
      let best = 0;
      let bestValue = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < nOpt; j++) {
        let v = 0;
        for (let p = 0; p < k; p++) v += ((lambda[p] as number) / total) * (tables[p]?.[i]?.[j] as number);
        if (v > bestValue) {
          bestValue = v;
          best = j;
        }
      }
      for (let p = 0; p < k; p++) u[p] = (u[p] as number) + (tables[p]?.[i]?.[best] as number);
    }
    if (!u.every((x, p) => x >= (floors[p] as number) - ACCEPT_TOLERANCE)) continue;
    const key = u.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    points.push(u);
  }
  return { points, draws };
}
