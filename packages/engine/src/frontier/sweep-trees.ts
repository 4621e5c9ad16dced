// The sweep's dominance structures over the vectors kept so far (merge-layer-sweep.ts): is some kept vector ≥ a
// candidate on parties 1.. (party 0 is the sweep's order)? Both answer with a witness, the group of such a vector.

/** Fenwick tree of prefix maxima of u2 over u1 ranks, with the group that holds each maximum (three parties). */
export class MaxTree {
  private readonly best: Float64Array;
  private readonly who: Int32Array;
  witness = -1;
  constructor(private readonly size: number) {
    this.best = new Float64Array(size + 1).fill(Number.NEGATIVE_INFINITY);
    this.who = new Int32Array(size + 1).fill(-1);
  }
  /** Is some inserted point with rank ≤ r at least the candidate at cand[b] on u2? Sets `witness` to its group. */
  covers(r: number, cand: Float64Array, b: number): boolean {
    const u2 = cand[b + 2] as number;
    let most = Number.NEGATIVE_INFINITY;
    let who = -1;
    for (let x = r + 1; x > 0; x -= x & -x) {
      if ((this.best[x] as number) > most) {
        most = this.best[x] as number;
        who = this.who[x] as number;
      }
    }
    this.witness = who;
    return most >= u2;
  }
  insert(r: number, cand: Float64Array, b: number, group: number): void {
    const u2 = cand[b + 2] as number;
    for (let x = r + 1; x <= this.size; x += x & -x) {
      if ((this.best[x] as number) >= u2) return; // every node above holds at least as much
      this.best[x] = u2;
      this.who[x] = group;
    }
  }
}

/**
 * Fenwick tree over u1 ranks whose nodes hold staircases of (u2, u3): u2 decreasing, u3 increasing, each with the
 * group of its point (four parties). A node's staircase is one slot of the slab holding its u2s, then its u3s, then
 * its groups (capacity c each), so the binary search reads consecutive u2s; a node that outgrows its slot moves to
 * one twice as large at the end. Node x's slot, length and capacity are meta[3x], meta[3x+1], meta[3x+2].
 */
export class StairTree {
  private meta: Int32Array;
  /** box[2x], box[2x+1]: node x's largest u2 and u3 (its staircase's first u2 and last u3); −∞ when empty. */
  private box: Float64Array;
  private slab: Float64Array;
  private top = 0;
  private size = 0;
  /** Slots given up by nodes that grew, by capacity (a power of two): reused before the slab grows. */
  private readonly free: number[][] = Array.from({ length: 32 }, () => []);
  private readonly path = new Int32Array(32);
  witness = -1;
  constructor(size: number) {
    this.meta = new Int32Array(0);
    this.box = new Float64Array(0);
    this.slab = new Float64Array(3 * 4096);
    this.reset(size);
  }
  /** Empties the tree for `size` ranks, keeping its memory: a merge reuses one tree for all its steps. */
  reset(size: number): void {
    this.size = size;
    if (this.meta.length < 3 * (size + 1)) this.meta = new Int32Array(3 * (size + 1));
    else this.meta.fill(0, 0, 3 * (size + 1));
    if (this.box.length < 2 * (size + 1)) this.box = new Float64Array(2 * (size + 1));
    this.box.fill(Number.NEGATIVE_INFINITY, 0, 2 * (size + 1));
    this.top = 0;
    for (const f of this.free) f.length = 0;
  }
  covers(r: number, cand: Float64Array, b: number): boolean {
    const a2 = cand[b + 2] as number;
    const a3 = cand[b + 3] as number;
    const slab = this.slab;
    const meta = this.meta;
    const box = this.box;
    // The prefix's nodes, largest first: they hold the most points, so a dominated candidate meets its witness soonest.
    const path = this.path;
    let depth = 0;
    for (let x = r + 1; x > 0; x -= x & -x) path[depth++] = x;
    for (let d = depth - 1; d >= 0; d--) {
      const x = path[d] as number;
      // The node's bounding box first: no slab access for a node that cannot cover the candidate.
      if ((box[2 * x] as number) < a2 || (box[2 * x + 1] as number) < a3) continue;
      const n = meta[3 * x + 1] as number;
      const o = meta[3 * x] as number;
      const c = meta[3 * x + 2] as number;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if ((slab[o + m] as number) >= a2) lo = m + 1;
        else hi = m;
      }
      if (lo > 0 && (slab[o + c + lo - 1] as number) >= a3) {
        this.witness = slab[o + 2 * c + lo - 1] as number;
        return true;
      }
    }
    return false;
  }
  insert(r: number, cand: Float64Array, b: number, group: number): void {
    const a2 = cand[b + 2] as number;
    const a3 = cand[b + 3] as number;
    const meta = this.meta;
    for (let x = r + 1; x <= this.size; x += x & -x) {
      const n = meta[3 * x + 1] as number;
      let o = meta[3 * x] as number;
      let c = meta[3 * x + 2] as number;
      let slab = this.slab;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const m = (lo + hi) >>> 1;
        if ((slab[o + m] as number) >= a2) lo = m + 1;
        else hi = m;
      }
      if (lo > 0 && (slab[o + c + lo - 1] as number) >= a3) return; // and in every node above
      let e = lo;
      while (e < n && (slab[o + c + e] as number) <= a3) e++;
      const s = lo > 0 && (slab[o + lo - 1] as number) === a2 ? lo - 1 : lo;
      const size = n - (e - s) + 1;
      if (size > c) {
        o = this.grow(x, o, n, c);
        c = meta[3 * x + 2] as number;
        slab = this.slab;
      }
      // Elements [s, e) give way to the new one: the tail [e, n) moves to start at s + 1, in each of the three rows.
      const shift = s + 1 - e;
      for (let row = o; row < o + 3 * c; row += c) {
        if (shift > 0) for (let q = row + n - 1; q >= row + e; q--) slab[q + shift] = slab[q] as number;
        else if (shift < 0) for (let q = row + e; q < row + n; q++) slab[q + shift] = slab[q] as number;
      }
      slab[o + s] = a2;
      slab[o + c + s] = a3;
      slab[o + 2 * c + s] = group;
      meta[3 * x + 1] = size;
      this.box[2 * x] = slab[o] as number;
      this.box[2 * x + 1] = slab[o + c + size - 1] as number;
    }
  }
  private grow(x: number, o: number, n: number, c: number): number {
    // Small nodes (covering x & −x ranks) mostly hold one point per rank: their first slot is that small.
    const next = c === 0 ? Math.min(x & -x, 4) : 2 * c;
    const bucket = this.free[31 - Math.clz32(next)] as number[];
    let to = bucket.pop() ?? -1;
    if (to < 0) {
      if (this.top + 3 * next > this.slab.length) {
        const slab = new Float64Array(Math.max(2 * this.slab.length, this.top + 3 * next));
        slab.set(this.slab.subarray(0, this.top));
        this.slab = slab;
      }
      to = this.top;
      this.top += 3 * next;
    }
    const slab = this.slab;
    for (let row = 0; row < 3; row++)
      for (let q = 0; q < n; q++) slab[to + row * next + q] = slab[o + row * c + q] as number;
    if (c > 0) (this.free[31 - Math.clz32(c)] as number[]).push(o);
    this.meta[3 * x] = to;
    this.meta[3 * x + 2] = next;
    return to;
  }
}
