// Exact Pareto frontier without listing outcomes: add one issue at a time and keep only the partial sums no other
// partial sum dominates. For additive utilities this loses nothing: if prefix y dominates prefix x, then y+z
// dominates x+z for every completion z, and is acceptable whenever x+z is. Prefixes that can no longer reach some
// reservation (even taking every remaining issue at its best) are dropped too. Identical partial vectors become
// one node with several back-pointers, so every outcome of a frontier point can be recovered.
import { ACCEPT_TOLERANCE } from '../count/acceptable.ts';
import { type Outcome, reservationFloors, type Scenario, utilityTables } from '../model.ts';
import { type Layer, MAX_RUNS_2D, mergeLayer2d } from './merge-layer-2d.ts';
import { mergeLayerSweep, type SweepLayer, type SweepWork } from './merge-layer-sweep.ts';
import { paretoGroups } from './pareto.ts';
import {
  DEFAULT_FRONTIER_LIMIT,
  type FrontierOptions,
  type FrontierResult,
  MemoryLimitError,
  overLimit,
  pointBytes,
  tieTolerance,
} from './types.ts';

/** best[i][p]: the most party p can still add from issues i..end (for the reservation prune). */
function bestAfter(tables: number[][][], m: number): number[][] {
  const out: number[][] = Array.from({ length: m + 1 }, () => tables.map(() => 0));
  for (let i = m - 1; i >= 0; i--) {
    tables.forEach((t, p) => {
      (out[i] as number[])[p] = ((out[i + 1] as number[])[p] as number) + Math.max(...(t[i] as number[]));
    });
  }
  return out;
}

/** A merge step may hold this many candidates per allowed frontier point before it gives up. */
const CANDIDATES_PER_POINT = 8;

/** col[j*k + p]: party p's utility from option j of issue i, laid out for the inner loop. */
function issueColumn(tables: number[][][], i: number, nOpt: number, k: number): Float64Array {
  const col = new Float64Array(nOpt * k);
  for (let j = 0; j < nOpt; j++) {
    for (let p = 0; p < k; p++) col[j * k + p] = ((tables[p] as number[][])[i] as number[])[j] as number;
  }
  return col;
}

export function mergeFrontier(s: Scenario, options: FrontierOptions = {}): FrontierResult {
  const limit = options.limit ?? DEFAULT_FRONTIER_LIMIT;
  const acceptableOnly = options.acceptableOnly ?? true;
  const tables = utilityTables(s);
  const tol = tieTolerance(tables);
  const k = s.parties.length;
  const m = s.issues.length;
  const floors = reservationFloors(s).map((f) =>
    acceptableOnly ? f - ACCEPT_TOLERANCE : Number.NEGATIVE_INFINITY,
  );
  const best = bestAfter(tables, m);
  // A margin for float re-association between the bound (summed backwards) and the real sum (summed forwards).
  let total = 0;
  for (const t of tables) for (const row of t) for (const v of row) total += Math.abs(v);
  const slack = 1e-12 * (1 + total);
  const layers: Layer[] = [
    {
      n: 1,
      vecs: new Float64Array(k),
      altStart: Int32Array.of(0, 0),
      altPrev: new Int32Array(0),
      altOpt: new Int32Array(0),
      byU1: Int32Array.of(0),
    } as SweepLayer,
  ];
  // What the layers hold, counted against the memory budget before each step (with that step's work arrays).
  const budget = options.memoryBudget;
  let held = 0;
  const layerBytes = (L: Layer) =>
    L.vecs.byteLength + L.altStart.byteLength + L.altPrev.byteLength + L.altOpt.byteLength + 4 * L.n;
  const spend = (bytes: number, what: string) => {
    if (budget && held + bytes > budget.bytes) {
      const mb = (x: number) => (x / 2 ** 20).toFixed(0);
      throw new MemoryLimitError(budget.limitMb, `the frontier would hold ${mb(held + bytes)} MB ${what}`);
    }
  };
  // Three or four parties: the sweep (merge-layer-sweep.ts); five or more: the k-d tree kernel (pareto.ts).
  const sweep = options.kernel !== 'kd-tree' && (k === 3 || k === 4);
  const work: SweepWork = {};
  for (let i = 0; i < m; i++) {
    const prev = layers[i] as Layer;
    const nOpt = s.issues[i]?.options.length ?? 0;
    // The candidates of a step are held at once (nodes × options × parties numbers): bound them by the limit too.
    if (prev.n * nOpt > limit * CANDIDATES_PER_POINT) return overLimit('merge', limit, prev.n);
    // A step's work arrays: candidates (k numbers and about ten indices each) and, in the sweep, its Fenwick tree.
    spend(prev.n * nOpt * (8 * k + 48 + (sweep && k === 4 ? 120 : 16)), `at issue ${i + 1} of ${m}`);
    if (k === 2 && nOpt <= MAX_RUNS_2D) {
      const rest2 = best[i + 1] as number[];
      const prune = {
        rest0: rest2[0] as number,
        rest1: rest2[1] as number,
        floor0: floors[0] as number,
        floor1: floors[1] as number,
        slack,
      };
      const layer = mergeLayer2d(prev, issueColumn(tables, i, nOpt, k), nOpt, prune, tol);
      if (layer.n > limit) return overLimit('merge', limit, layer.n);
      layers.push(layer);
      held += layerBytes(layer);
      options.onProgress?.(i + 1, m);
      continue;
    }
    if (sweep) {
      // Typed arrays: best's last row is all small integers, a different array kind that would deoptimise the sweep.
      const prune = {
        rest: Float64Array.from(best[i + 1] as number[]),
        floors: Float64Array.from(floors),
        slack,
      };
      const layer = mergeLayerSweep(
        prev as SweepLayer,
        issueColumn(tables, i, nOpt, k),
        nOpt,
        k,
        prune,
        tol,
        work,
      );
      if (layer.n > limit) return overLimit('merge', limit, layer.n);
      layers.push(layer);
      held += layerBytes(layer);
      options.onProgress?.(i + 1, m);
      continue;
    }
    const cap = prev.n * nOpt;
    const cand = new Float64Array(cap * k);
    const candPrev = new Int32Array(cap);
    const candOpt = new Int32Array(cap);
    const rest = best[i + 1] as number[];
    const col = issueColumn(tables, i, nOpt, k);
    let c = 0;
    for (let v = 0; v < prev.n; v++) {
      for (let j = 0; j < nOpt; j++) {
        let ok = true;
        for (let p = 0; p < k; p++) {
          const u = (prev.vecs[v * k + p] as number) + (col[j * k + p] as number);
          if (u + (rest[p] as number) < (floors[p] as number) - slack) ok = false;
          cand[c * k + p] = u;
        }
        if (!ok) continue;
        candPrev[c] = v;
        candOpt[c] = j;
        c++;
      }
    }
    const groups = paretoGroups(cand.subarray(0, c * k), c, k, tol);
    if (groups.count > limit) return overLimit('merge', limit, groups.count);
    const vecs = new Float64Array(groups.count * k);
    for (let g = 0; g < groups.count; g++) {
      const rep = groups.members[groups.start[g] as number] as number;
      for (let p = 0; p < k; p++) vecs[g * k + p] = cand[rep * k + p] as number;
    }
    const altPrev = new Int32Array(groups.members.length);
    const altOpt = new Int32Array(groups.members.length);
    groups.members.forEach((idx, a) => {
      altPrev[a] = candPrev[idx] as number;
      altOpt[a] = candOpt[idx] as number;
    });
    const layer = { n: groups.count, vecs, altStart: groups.start, altPrev, altOpt };
    layers.push(layer);
    held += layerBytes(layer);
    options.onProgress?.(i + 1, m);
  }
  const last = layers[m] as Layer;
  const finals: number[] = [];
  for (let v = 0; v < last.n; v++) {
    let ok = true;
    for (let p = 0; p < k; p++) if ((last.vecs[v * k + p] as number) < (floors[p] as number)) ok = false;
    if (ok) finals.push(v);
  }
  spend(pointBytes(finals.length, k), `with its ${finals.length} points`);
  return frontierFromLayers(layers, finals, k, m);
}

function frontierFromLayers(layers: Layer[], finals: number[], k: number, m: number): FrontierResult {
  const last = layers[m] as Layer;
  const points = finals.map((v) => {
    const pt = new Array<number>(k);
    for (let p = 0; p < k; p++) pt[p] = last.vecs[v * k + p] as number;
    return pt;
  });
  // Memoised path counts per layer, created on first use (most callers never ask).
  const counts: (Map<number, bigint> | undefined)[] = [];
  const countOf = (layer: number, v: number): bigint => {
    if (layer === 0) return 1n;
    let memo = counts[layer];
    if (!memo) {
      memo = new Map();
      counts[layer] = memo;
    }
    const hit = memo.get(v);
    if (hit !== undefined) return hit;
    const L = layers[layer] as Layer;
    let n = 0n;
    for (let a = L.altStart[v] as number; a < (L.altStart[v + 1] as number); a++)
      n += countOf(layer - 1, L.altPrev[a] as number);
    memo.set(v, n);
    return n;
  };
  const outcomesOf = (i: number, max = 1000): Outcome[] => {
    const out: Outcome[] = [];
    const path = new Array<number>(m).fill(0);
    const walk = (layer: number, v: number) => {
      if (out.length >= max) return;
      if (layer === 0) {
        out.push([...path]);
        return;
      }
      const L = layers[layer] as Layer;
      for (let a = L.altStart[v] as number; a < (L.altStart[v + 1] as number) && out.length < max; a++) {
        path[layer - 1] = L.altOpt[a] as number;
        walk(layer - 1, L.altPrev[a] as number);
      }
    };
    const v = finals[i];
    if (v !== undefined) walk(m, v);
    return out.sort(compareOutcomes);
  };
  return {
    status: 'ok',
    method: 'merge',
    points,
    outcomesOf,
    outcomeCountOf: (i) => (finals[i] === undefined ? 0n : countOf(m, finals[i] as number)),
  };
}

export function compareOutcomes(a: Outcome, b: Outcome): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
