// The Pareto kernel: given n utility vectors of k parties (flat, row-major), keep those no other vector dominates
// (≥ for every party, > for one), grouping identical vectors so every outcome behind a frontier point survives.
// The frontier itself is decided by exact float comparison (what listing every outcome gives). A vector that is
// dominated only by float noise — some kept vector is ≥ it everywhere but by no more than `tieTolerance` — is a
// float tie: the same package value summed in another order. It joins that vector's group instead of being lost,
// so ties come back as sets even when rounding split them.

/** Kept groups in CSR form: group g holds members[start[g] .. start[g+1]) (indices into the input). */
export type ParetoGroups = { count: number; start: Int32Array; members: Int32Array };

/**
 * Order in which no vector can be dominated by a later one: by decreasing sum (rounding is monotone, so a
 * dominating vector's float sum is never smaller), ties by decreasing coordinates; identical vectors end up adjacent.
 */
function dominanceOrder(vecs: Float64Array, n: number, k: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (k === 2) {
    return order.sort((a, b) => {
      const d = (vecs[2 * b] as number) - (vecs[2 * a] as number);
      return d !== 0 ? d : (vecs[2 * b + 1] as number) - (vecs[2 * a + 1] as number);
    });
  }
  const sums = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = 0; p < k; p++) s += vecs[i * k + p] as number;
    sums[i] = s;
  }
  return order.sort((a, b) => {
    const d = (sums[b] as number) - (sums[a] as number);
    if (d !== 0) return d;
    for (let p = 0; p < k; p++) {
      const e = (vecs[b * k + p] as number) - (vecs[a * k + p] as number);
      if (e !== 0) return e;
    }
    return 0;
  });
}

export function paretoGroups(vecs: Float64Array, n: number, k: number, tieTolerance = 0): ParetoGroups {
  const order = dominanceOrder(vecs, n, k);
  // groupOf[idx] = group of candidate idx, or −1 when dropped; reps[g] = the candidate that founded group g.
  const groupOf = new Int32Array(n).fill(-1);
  const reps: number[] = [];
  const within = (a: number, b: number) => {
    for (let p = 0; p < k; p++)
      if (Math.abs((vecs[a * k + p] as number) - (vecs[b * k + p] as number)) > tieTolerance) return false;
    return true;
  };
  const same = (a: number, b: number) => {
    for (let p = 0; p < k; p++) if (vecs[a * k + p] !== vecs[b * k + p]) return false;
    return true;
  };
  if (k === 2) {
    // Sorted by u0 then u1 descending: a vector is dominated iff some earlier kept u1 is ≥ its u1; the last kept
    // vector holds the largest u1 and the nearest u0, so it alone decides between "dominated" and "float tie".
    let best = Number.NEGATIVE_INFINITY;
    for (const idx of order) {
      const u1 = vecs[2 * idx + 1] as number;
      if (u1 > best) {
        groupOf[idx] = reps.length;
        reps.push(idx);
        best = u1;
        continue;
      }
      const last = reps[reps.length - 1] as number;
      if (within(idx, last)) groupOf[idx] = reps.length - 1;
    }
  } else {
    const tree = new DominanceTree(k, 1024);
    let prev = -1;
    for (const idx of order) {
      // Identical vectors are adjacent in this order and share the decision (and spare a tree search).
      if (prev >= 0 && same(idx, prev)) {
        groupOf[idx] = groupOf[prev] as number;
        continue;
      }
      prev = idx;
      const hit = tree.dominator(vecs, idx * k, tieTolerance);
      if (hit === -1) {
        groupOf[idx] = reps.length;
        tree.insert(vecs, idx * k, reps.length);
        reps.push(idx);
      } else if (hit >= 0) {
        groupOf[idx] = hit;
      }
    }
  }
  // Counting sort into CSR; the founding vector comes first in its group (it is the group's vector).
  const count = reps.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g >= 0) start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let g = 0; g < count; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, count);
  const members = new Int32Array(start[count] as number);
  reps.forEach((idx, g) => {
    members[fill[g] as number] = idx;
    fill[g] = (fill[g] as number) + 1;
  });
  for (let i = 0; i < n; i++) {
    const g = groupOf[i] as number;
    if (g < 0 || reps[g] === i) continue;
    members[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }
  return { count, start, members };
}

/**
 * A k-d tree over the kept vectors whose nodes carry the coordinate-wise maximum of their subtree, so "is some kept
 * vector ≥ q everywhere?" skips every subtree whose maximum falls short of q on some party.
 */
export class DominanceTree {
  private pts: Float64Array;
  private maxb: Float64Array;
  private left: Int32Array;
  private right: Int32Array;
  private group: Int32Array;
  private n = 0;
  private readonly stack: number[] = [];

  constructor(
    private readonly k: number,
    capacity: number,
  ) {
    this.pts = new Float64Array(capacity * k);
    this.maxb = new Float64Array(capacity * k);
    this.left = new Int32Array(capacity).fill(-1);
    this.right = new Int32Array(capacity).fill(-1);
    this.group = new Int32Array(capacity);
  }

  private grow(): void {
    const cap = this.left.length * 2;
    const k = this.k;
    const pts = new Float64Array(cap * k);
    pts.set(this.pts);
    const maxb = new Float64Array(cap * k);
    maxb.set(this.maxb);
    const left = new Int32Array(cap).fill(-1);
    left.set(this.left);
    const right = new Int32Array(cap).fill(-1);
    right.set(this.right);
    const group = new Int32Array(cap);
    group.set(this.group);
    this.group = group;
    this.pts = pts;
    this.maxb = maxb;
    this.left = left;
    this.right = right;
  }

  insert(src: Float64Array, at: number, group: number): void {
    const k = this.k;
    if (this.n === this.left.length) this.grow();
    const id = this.n++;
    this.group[id] = group;
    for (let p = 0; p < k; p++) {
      this.pts[id * k + p] = src[at + p] as number;
      this.maxb[id * k + p] = src[at + p] as number;
    }
    if (id === 0) return;
    let node = 0;
    let depth = 0;
    for (;;) {
      for (let p = 0; p < k; p++) {
        const v = src[at + p] as number;
        if (v > (this.maxb[node * k + p] as number)) this.maxb[node * k + p] = v;
      }
      const d = depth % k;
      const goLeft = (src[at + d] as number) < (this.pts[node * k + d] as number);
      const next = goLeft ? (this.left[node] as number) : (this.right[node] as number);
      if (next < 0) {
        if (goLeft) this.left[node] = id;
        else this.right[node] = id;
        return;
      }
      node = next;
      depth++;
    }
  }

  /**
   * −1: nothing stored is ≥ src everywhere (src is not dominated). −2: something is ≥ src everywhere and more than
   * `tol` better somewhere (dominated). g ≥ 0: only vectors within `tol` dominate it: a float tie of group g.
   */
  dominator(src: Float64Array, at: number, tol: number): number {
    if (this.n === 0) return -1;
    const k = this.k;
    const stack = this.stack;
    stack.length = 0;
    stack.push(0);
    let tie = -1;
    while (stack.length > 0) {
      const node = stack.pop() as number;
      const b = node * k;
      let reach = true;
      for (let p = 0; p < k; p++) {
        if ((this.maxb[b + p] as number) < (src[at + p] as number)) {
          reach = false;
          break;
        }
      }
      if (!reach) continue;
      let all = true;
      let margin = false;
      for (let p = 0; p < k; p++) {
        const d = (this.pts[b + p] as number) - (src[at + p] as number);
        if (d < 0) {
          all = false;
          break;
        }
        if (d > tol) margin = true;
      }
      if (all) {
        if (margin) return -2;
        if (tie < 0) tie = this.group[node] as number;
      }
      const l = this.left[node] as number;
      const r = this.right[node] as number;
      if (l >= 0) stack.push(l);
      if (r >= 0) stack.push(r);
    }
    return tie;
  }
}
