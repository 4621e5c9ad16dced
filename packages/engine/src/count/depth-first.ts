// Exact counting by depth-first search over the issues with the same two prunes as the merged-state DP: a
// partial package that can no longer reach some reservation is dropped, one that reaches every reservation
// whatever follows is counted with all its completions at once. Works for any number of parties; its cost is
// the size of the pruned tree, which Knuth's random-probe estimate measures before committing to the search.
import type { Scenario } from '../model.ts';
import type { Binding } from './acceptable.ts';
import { randomSource } from './monte-carlo.ts';

type Tree = {
  k: number;
  m: number;
  sizes: Int32Array;
  width: number;
  flat: Float64Array; // ((issue * width) + option) * k + j
  rest: bigint[]; // completions after issue i
  verdict: (pos: number, partial: Float64Array, base: number) => 'dead' | 'sure' | 'open';
};

function tree(s: Scenario, b: Binding): Tree {
  const k = b.parties.length;
  const m = s.issues.length;
  const sizes = Int32Array.from(s.issues, (i) => i.options.length);
  const width = Math.max(...sizes);
  const flat = new Float64Array(m * width * k);
  b.table.forEach((table, j) => {
    table.forEach((row, i) => {
      row.forEach((v, o) => {
        flat[(i * width + o) * k + j] = v;
      });
    });
  });
  const rest: bigint[] = new Array(m + 1).fill(1n);
  for (let i = m - 1; i >= 0; i--) rest[i] = (rest[i + 1] as bigint) * BigInt(sizes[i] as number);
  const verdict = (pos: number, partial: Float64Array, base: number) => {
    const maxAfter = b.maxAfter[pos] as number[];
    const minAfter = b.minAfter[pos] as number[];
    let sure = pos < m;
    for (let j = 0; j < k; j++) {
      const w = partial[base + j] as number;
      const t = b.threshold[j] as number;
      if (pos === m) {
        if (w < t) return 'dead';
        continue;
      }
      if (w + (maxAfter[j] as number) < t - b.slack) return 'dead';
      if (w + (minAfter[j] as number) < t + b.slack) sure = false;
    }
    return pos === m || sure ? 'sure' : 'open';
  };
  return { k, m, sizes, width, flat, rest, verdict };
}

/** Knuth's unbiased estimate of the number of nodes the search would visit (mean of random probes). */
export function estimateNodes(s: Scenario, b: Binding, probes = 200, seed = 1): number {
  const t = tree(s, b);
  const random = randomSource(seed);
  const partial = new Float64Array((t.m + 1) * t.k);
  let total = 0;
  for (let n = 0; n < probes; n++) {
    let weight = 1;
    let nodes = 1;
    for (let pos = 0; pos < t.m; pos++) {
      const open: number[] = [];
      const base = pos * t.k;
      for (let o = 0; o < (t.sizes[pos] as number); o++) {
        for (let j = 0; j < t.k; j++) {
          partial[base + t.k + j] =
            (partial[base + j] as number) + (t.flat[(pos * t.width + o) * t.k + j] as number);
        }
        if (t.verdict(pos + 1, partial, base + t.k) === 'open') open.push(o);
      }
      weight *= t.sizes[pos] as number; // every child is visited (and judged) once
      nodes += weight;
      if (open.length === 0) break;
      weight = (weight / (t.sizes[pos] as number)) * open.length;
      const o = open[Math.floor(random() * open.length)] as number;
      for (let j = 0; j < t.k; j++) {
        partial[base + t.k + j] =
          (partial[base + j] as number) + (t.flat[(pos * t.width + o) * t.k + j] as number);
      }
    }
    total += nodes;
  }
  return total / probes;
}

/** Exact count, or null when more than maxNodes nodes would be needed. */
export function countByDepthFirst(s: Scenario, b: Binding, maxNodes: number): bigint | null {
  const t = tree(s, b);
  const { k, m, sizes, width, flat, rest } = t;
  const partial = new Float64Array((m + 1) * k);
  let nodes = 0;
  let accepted = 0n;
  let small = 0; // packages counted one by one at the last issue, folded into `accepted` now and then
  const visit = (pos: number): boolean => {
    const base = pos * k;
    for (let o = 0; o < (sizes[pos] as number); o++) {
      if (++nodes > maxNodes) return false;
      const from = (pos * width + o) * k;
      for (let j = 0; j < k; j++)
        partial[base + k + j] = (partial[base + j] as number) + (flat[from + j] as number);
      const v = t.verdict(pos + 1, partial, base + k);
      if (v === 'dead') continue;
      if (v === 'sure') {
        if (pos + 1 === m) {
          if (++small === 1 << 30) {
            accepted += BigInt(small);
            small = 0;
          }
        } else accepted += rest[pos + 1] as bigint;
        continue;
      }
      if (!visit(pos + 1)) return false;
    }
    return true;
  };
  if (m === 0 || !visit(0)) return null;
  return accepted + BigInt(small);
}
