// One merge step for two parties without sorting. The previous layer is a 2-D frontier, ordered by decreasing u0
// (hence increasing u1); adding option j shifts every point by the same vector and keeps that order. So the
// candidates are nOpt sorted runs: merging their heads yields them in (u0 desc, u1 desc) order, and the same
// sweep as the Pareto kernel (keep a point iff its u1 beats every u1 so far) filters them on the way.

/** A merge layer: node vectors and, per node, its (previous node, option) alternatives in CSR form. */
export type Layer = {
  n: number;
  vecs: Float64Array;
  altStart: Int32Array;
  altPrev: Int32Array;
  altOpt: Int32Array;
};

/** Above this many options a linear scan over run heads costs more than sorting; the caller sorts instead. */
export const MAX_RUNS_2D = 24;

export type Prune2d = { rest0: number; rest1: number; floor0: number; floor1: number; slack: number };

export function mergeLayer2d(
  prev: Layer,
  col: Float64Array,
  nOpt: number,
  prune: Prune2d,
  tol: number,
): Layer {
  const n = prev.n;
  const pv = prev.vecs;
  // The previous layer has u0 decreasing and u1 increasing, so the nodes that can still reach both reservations
  // with option j form one interval [head[j], end[j]): u1 high enough from some node on, u0 until some node.
  const head = new Int32Array(nOpt);
  const end = new Int32Array(nOpt);
  for (let j = 0; j < nOpt; j++) {
    const need0 = prune.floor0 - prune.slack - prune.rest0 - (col[2 * j] as number);
    const need1 = prune.floor1 - prune.slack - prune.rest1 - (col[2 * j + 1] as number);
    let lo = 0;
    while (lo < n && (pv[2 * lo + 1] as number) < need1) lo++;
    let hi = n;
    while (hi > lo && (pv[2 * (hi - 1)] as number) < need0) hi--;
    head[j] = lo;
    end[j] = hi;
  }
  const cap = n * nOpt;
  const vecs = new Float64Array(cap * 2);
  const altPrev = new Int32Array(cap);
  const altOpt = new Int32Array(cap);
  const starts = new Int32Array(cap + 1);
  let nodes = 0;
  let alts = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (;;) {
    let pick = -1;
    let b0 = 0;
    let b1 = 0;
    for (let j = 0; j < nOpt; j++) {
      const v = head[j] as number;
      if (v >= (end[j] as number)) continue;
      const u0 = (pv[2 * v] as number) + (col[2 * j] as number);
      const u1 = (pv[2 * v + 1] as number) + (col[2 * j + 1] as number);
      if (pick < 0 || u0 > b0 || (u0 === b0 && u1 > b1)) {
        pick = j;
        b0 = u0;
        b1 = u1;
      }
    }
    if (pick < 0) break;
    const v = head[pick] as number;
    head[pick] = v + 1;
    if (b1 > best) {
      if (nodes > 0 && (vecs[2 * nodes - 2] as number) === b0) {
        // Rounding made two shifted points share u0, so this run was not strictly ordered: the new point has the
        // same u0 and a larger u1 than the last kept one. A float tie joins it; otherwise it replaces it.
        best = b1;
        if (b1 - (vecs[2 * nodes - 1] as number) <= tol) {
          altPrev[alts] = v;
          altOpt[alts] = pick;
          alts++;
          continue;
        }
        nodes--;
        alts = starts[nodes] as number;
      }
      starts[nodes] = alts;
      vecs[2 * nodes] = b0;
      vecs[2 * nodes + 1] = b1;
      nodes++;
      best = b1;
    } else if (
      nodes === 0 ||
      Math.abs((vecs[2 * nodes - 2] as number) - b0) > tol ||
      Math.abs((vecs[2 * nodes - 1] as number) - b1) > tol
    ) {
      continue; // dominated (beyond a float tie of the last kept point)
    }
    altPrev[alts] = v;
    altOpt[alts] = pick;
    alts++;
  }
  starts[nodes] = alts;
  // Small layers keep views of the work buffers; large ones are copied so the slack is not kept alive.
  const small = cap <= 4096;
  return {
    n: nodes,
    vecs: small ? vecs.subarray(0, nodes * 2) : vecs.slice(0, nodes * 2),
    altStart: small ? starts.subarray(0, nodes + 1) : starts.slice(0, nodes + 1),
    altPrev: small ? altPrev.subarray(0, alts) : altPrev.slice(0, alts),
    altOpt: small ? altOpt.subarray(0, alts) : altOpt.slice(0, alts),
  };
}
