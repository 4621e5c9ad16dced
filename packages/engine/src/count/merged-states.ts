// Exact counting by dynamic programming over the issues. A state is the vector of partial utilities of the
// parties whose reservation binds; prefixes that reach the same vector are merged (common when evaluations are
// small integers). A state that can no longer reach some reservation is dropped; one that reaches every
// reservation whatever comes next is counted at once with all its completions. Sums are formed in issue order,
// exactly as a utility is, so the final comparisons are the same float operations as listing outcomes.
import type { Scenario } from '../model.ts';
import type { Binding } from './acceptable.ts';

export type StateLimits = { maxStates: number; maxWork: number };

/** Distinct partial-utility vectors after some issues, with how many prefixes reach each. */
export type Layer = { vectors: number[][]; counts: bigint[] };

function completions(s: Scenario, from: number): bigint {
  let n = 1n;
  for (let i = from; i < s.issues.length; i++) n *= BigInt(s.issues[i]?.options.length ?? 0);
  return n;
}

/** Work left if every remaining layer keeps `kept` of its transitions (give up early on hopeless cases). */
function projectedWork(s: Scenario, from: number, states: number, kept: number): number {
  let total = 0;
  let size = states;
  for (let i = from; i < s.issues.length && total < Number.MAX_SAFE_INTEGER; i++) {
    const transitions = size * (s.issues[i]?.options.length ?? 0);
    total += transitions;
    size = Math.max(1, transitions * kept);
  }
  return total;
}

/** Exact number of acceptable outcomes, or null when the work or state limit would be exceeded. */
export function countByMergedStates(s: Scenario, b: Binding, limits: StateLimits): bigint | null {
  const k = b.parties.length;
  const m = s.issues.length;
  let layer: Layer = { vectors: [new Array(k).fill(0)], counts: [1n] };
  let accepted = 0n;
  let work = 0;
  let kept = 1; // share of transitions that survived as distinct states, measured on a large enough layer
  let measured = false;
  for (let i = 0; i < m; i++) {
    const options = s.issues[i]?.options.length ?? 0;
    const transitions = layer.vectors.length * options;
    work += transitions;
    if (work > limits.maxWork || transitions * kept > limits.maxStates) return null;
    if (measured && projectedWork(s, i, layer.vectors.length, kept) > limits.maxWork) return null;
    const rest = completions(s, i + 1);
    const maxAfter = b.maxAfter[i + 1] as number[];
    const minAfter = b.minAfter[i + 1] as number[];
    const column = b.table.map((t) => t[i] as number[]);
    const index = new Map<number | string, number>();
    const next: Layer = { vectors: [], counts: [] };
    for (let st = 0; st < layer.vectors.length; st++) {
      const v = layer.vectors[st] as number[];
      const count = layer.counts[st] as bigint;
      for (let o = 0; o < options; o++) {
        const w = v.map((x, j) => x + ((column[j] as number[])[o] as number));
        let dead = false;
        let sure = true;
        for (let j = 0; j < k; j++) {
          const t = b.threshold[j] as number;
          if ((w[j] as number) + (maxAfter[j] as number) < t - b.slack) dead = true;
          if ((w[j] as number) + (minAfter[j] as number) < t + b.slack) sure = false;
        }
        if (dead) continue;
        if (sure && i < m - 1) {
          accepted += count * rest;
          continue;
        }
        const key = k === 1 ? (w[0] as number) : w.join(',');
        const at = index.get(key);
        if (at === undefined) {
          index.set(key, next.vectors.length);
          next.vectors.push(w);
          next.counts.push(count);
        } else next.counts[at] = (next.counts[at] as bigint) + count;
        if (next.vectors.length > limits.maxStates) return null;
      }
    }
    // Only a layer with many transitions says whether sums coincide (small integer scores) or not (reals).
    if (transitions >= 10_000) {
      kept = Math.max(next.vectors.length / transitions, 0.01);
      measured = true;
    }
    layer = next;
  }
  layer.vectors.forEach((v, st) => {
    if (v.every((u, j) => u >= (b.threshold[j] as number))) accepted += layer.counts[st] as bigint;
  });
  return accepted;
}
