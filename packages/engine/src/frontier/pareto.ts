// The Pareto kernel: given n utility vectors of k parties (flat, row-major), keep those no other vector dominates
// (≥ for every party, > for one), grouping identical vectors so every outcome behind a frontier point survives.
// Comparisons are exact on the floats: a sum formed in issue order is the same number however it is reached.

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

function sameVector(vecs: Float64Array, k: number, a: number, b: number): boolean {
  for (let p = 0; p < k; p++) if (vecs[a * k + p] !== vecs[b * k + p]) return false;
  return true;
}

export function paretoGroups(vecs: Float64Array, n: number, k: number): ParetoGroups {
  const order = dominanceOrder(vecs, n, k);
  const members = new Int32Array(n);
  const starts: number[] = [];
  let m = 0;
  let last = -1;
  if (k === 2) {
    // Sorted by u0 then u1 descending: a vector survives iff its u1 beats every u1 seen so far.
    let best = Number.NEGATIVE_INFINITY;
    for (const idx of order) {
      if (last >= 0 && sameVector(vecs, 2, idx, last)) {
        members[m++] = idx;
        continue;
      }
      const u1 = vecs[2 * idx + 1] as number;
      if (u1 > best) {
        starts.push(m);
        members[m++] = idx;
        last = idx;
        best = u1;
      }
    }
  } else {
    const tree = new DominanceTree(k, 1024);
    for (const idx of order) {
      if (last >= 0 && sameVector(vecs, k, idx, last)) {
        members[m++] = idx;
        continue;
      }
      if (tree.dominates(vecs, idx * k)) continue;
      tree.insert(vecs, idx * k);
      starts.push(m);
      members[m++] = idx;
      last = idx;
    }
  }
  const start = new Int32Array(starts.length + 1);
  start.set(starts);
  start[starts.length] = m;
  return { count: starts.length, start, members: members.subarray(0, m) };
}

/**
 * A k-d tree over the kept vectors whose nodes carry the coordinate-wise maximum of their subtree, so "is some kept
 * vector ≥ q everywhere?" skips every subtree whose maximum falls short of q on some party.
 */
class DominanceTree {
  private pts: Float64Array;
  private maxb: Float64Array;
  private left: Int32Array;
  private right: Int32Array;
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
    this.pts = pts;
    this.maxb = maxb;
    this.left = left;
    this.right = right;
  }

  insert(src: Float64Array, at: number): void {
    const k = this.k;
    if (this.n === this.left.length) this.grow();
    const id = this.n++;
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

  /** Is some stored vector ≥ src[at..at+k) on every coordinate? */
  dominates(src: Float64Array, at: number): boolean {
    if (this.n === 0) return false;
    const k = this.k;
    const stack = this.stack;
    stack.length = 0;
    stack.push(0);
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
      for (let p = 0; p < k; p++) {
        if ((this.pts[b + p] as number) < (src[at + p] as number)) {
          all = false;
          break;
        }
      }
      if (all) return true;
      const l = this.left[node] as number;
      const r = this.right[node] as number;
      if (l >= 0) stack.push(l);
      if (r >= 0) stack.push(r);
    }
    return false;
  }
}
