// Text similarity: each text (per language) is a TF-IDF vector over its stems, and two points are as similar as
// the cosine of their vectors in the languages they share. A word common to the plan's points weighs little, a
// word few points use weighs much, in every language alike. The n × m cosines come from an inverted index, so
// the cost is the words the texts share, not a comparison of every text with every other word by word.
import type { Multilingual } from '../../schemas/common.ts';
import { termsOf } from './tokens.ts';

/** A unit vector: term ids in increasing order and their weights. */
export type Vector = { terms: Int32Array; weights: Float64Array };
/** A point's text vectors, by language. */
export type TextVectors = Map<string, Vector>;

/** Vectors for two sets of texts, weighted by the frequency of each term among all of them (per language). */
export function vectorise(
  earlier: readonly Multilingual[],
  later: readonly Multilingual[],
): { earlier: TextVectors[]; later: TextVectors[]; termCount: number } {
  const ids = new Map<string, number>();
  const counted = [...earlier, ...later].map((text) => {
    const byLanguage = new Map<string, Map<number, number>>();
    for (const [language, t] of Object.entries(text)) {
      const counts = new Map<number, number>();
      for (const term of termsOf(t, language)) {
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      if (counts.size > 0) byLanguage.set(language, counts);
    }
    return byLanguage;
  });
  const documents = new Map<string, number>();
  const frequency = new Map<string, Map<number, number>>();
  for (const byLanguage of counted)
    for (const [language, counts] of byLanguage) {
      documents.set(language, (documents.get(language) ?? 0) + 1);
      const df = frequency.get(language) ?? new Map<number, number>();
      frequency.set(language, df);
      for (const id of counts.keys()) df.set(id, (df.get(id) ?? 0) + 1);
    }
  const vectors = counted.map((byLanguage) => {
    const out: TextVectors = new Map();
    for (const [language, counts] of byLanguage) {
      const n = documents.get(language) ?? 1;
      const df = frequency.get(language) as Map<number, number>;
      const terms = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
      const weights = Float64Array.from(terms, (id) => {
        return (1 + Math.log(counts.get(id) as number)) * Math.log(1 + n / (df.get(id) as number));
      });
      out.set(language, { terms, weights: normalised(weights) });
    }
    return out;
  });
  return {
    earlier: vectors.slice(0, earlier.length),
    later: vectors.slice(earlier.length),
    termCount: ids.size,
  };
}

function normalised(weights: Float64Array): Float64Array {
  let norm = 0;
  for (const w of weights) norm += w * w;
  norm = Math.sqrt(norm);
  return norm === 0 ? weights : weights.map((w) => w / norm);
}

/**
 * The cosine of every later point (row) with every earlier point (column), averaged over the languages both
 * have; `shared[i]` is 0 where a pair has no language in common (its cosine then says nothing).
 */
export function cosineMatrix(
  earlier: readonly TextVectors[],
  later: readonly TextVectors[],
  termCount: number,
): { cosine: Float32Array; shared: Uint8Array } {
  const n = later.length;
  const m = earlier.length;
  const sum = new Float32Array(n * m);
  const shared = new Uint8Array(n * m);
  const languages = new Set(earlier.flatMap((v) => [...v.keys()]));
  const row = new Float64Array(m);
  for (const language of languages) {
    // Postings as flat arrays: for each term, the earlier points that have it and their weights.
    const columns: number[] = [];
    const offsets = new Int32Array(termCount + 1);
    earlier.forEach((v, j) => {
      const vector = v.get(language);
      if (!vector) return;
      columns.push(j);
      for (const t of vector.terms) offsets[t + 1] = (offsets[t + 1] as number) + 1;
    });
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] as number) + (offsets[t] as number);
    const fill = offsets.slice(0, termCount);
    const points = new Int32Array(offsets[termCount] as number);
    const weights = new Float64Array(points.length);
    for (const j of columns) {
      const vector = earlier[j]?.get(language) as Vector;
      vector.terms.forEach((t, k) => {
        const at = fill[t] as number;
        points[at] = j;
        weights[at] = vector.weights[k] as number;
        fill[t] = at + 1;
      });
    }
    later.forEach((v, i) => {
      const vector = v.get(language);
      if (!vector) return;
      row.fill(0);
      vector.terms.forEach((t, k) => {
        const w = vector.weights[k] as number;
        const end = offsets[t + 1] as number;
        for (let at = offsets[t] as number; at < end; at++) {
          const j = points[at] as number;
          row[j] = (row[j] as number) + w * (weights[at] as number);
        }
      });
      const base = i * m;
      for (const j of columns) {
        sum[base + j] = (sum[base + j] as number) + (row[j] as number);
        shared[base + j] = Math.min(255, (shared[base + j] as number) + 1);
      }
    });
  }
  for (let k = 0; k < sum.length; k++)
    if ((shared[k] as number) > 1) sum[k] = (sum[k] as number) / (shared[k] as number);
  return { cosine: sum, shared };
}

/** The vectors of several points added up, per language, and made unit again: the text of the points together. */
export function combine(points: readonly TextVectors[]): TextVectors {
  const sums = new Map<string, Map<number, number>>();
  for (const v of points)
    for (const [language, vector] of v) {
      const s = sums.get(language) ?? new Map<number, number>();
      sums.set(language, s);
      vector.terms.forEach((t, k) => {
        s.set(t, (s.get(t) ?? 0) + (vector.weights[k] as number));
      });
    }
  const out: TextVectors = new Map();
  for (const [language, s] of sums) {
    const terms = Int32Array.from([...s.keys()].sort((a, b) => a - b));
    out.set(language, { terms, weights: normalised(Float64Array.from(terms, (t) => s.get(t) as number)) });
  }
  return out;
}

/** Cosine of two points' vectors averaged over their common languages; null when they share none. */
export function cosine(a: TextVectors, b: TextVectors): number | null {
  let total = 0;
  let count = 0;
  for (const [language, va] of a) {
    const vb = b.get(language);
    if (!vb) continue;
    count++;
    let i = 0;
    let j = 0;
    while (i < va.terms.length && j < vb.terms.length) {
      const ta = va.terms[i] as number;
      const tb = vb.terms[j] as number;
      if (ta === tb) total += (va.weights[i++] as number) * (vb.weights[j++] as number);
      else if (ta < tb) i++;
      else j++;
    }
  }
  return count === 0 ? null : total / count;
}

/** Share of distinct stems the two texts have in common (Dice), in their best common language; null if none. */
export function wordsShared(a: TextVectors, b: TextVectors): number | null {
  let best: number | null = null;
  for (const [language, va] of a) {
    const vb = b.get(language);
    if (!vb) continue;
    const set = new Set(va.terms);
    let common = 0;
    for (const t of vb.terms) if (set.has(t)) common++;
    const dice = (2 * common) / (va.terms.length + vb.terms.length);
    if (best === null || dice > best) best = dice;
  }
  return best;
}

/**
 * How much of a text the others hold: the share of its weight (squared, so a unit vector sums to 1) on terms
 * found in any of them, averaged over its languages that they have; null when they share no language.
 */
export function coverage(target: TextVectors, parts: readonly TextVectors[]): number | null {
  let total = 0;
  let count = 0;
  for (const [language, v] of target) {
    const present = new Set<number>();
    for (const part of parts) for (const t of part.get(language)?.terms ?? []) present.add(t);
    if (present.size === 0) continue;
    count++;
    v.terms.forEach((t, k) => {
      if (present.has(t)) total += (v.weights[k] as number) ** 2;
    });
  }
  return count === 0 ? null : total / count;
}
