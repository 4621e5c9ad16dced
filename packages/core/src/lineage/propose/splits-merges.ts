// Beyond one-to-one: a later point that also takes in another earlier point (a merge), and a later point left
// over whose best source already went to another later point (a split). An extra edge is proposed only when
// it makes the texts explain each other better: the later point is closer to its sources read together than to
// the ones it has (merge), or the earlier point is closer to its successors read together (split).
import type { Relations } from './relations.ts';
import type { Scores } from './score.ts';
import { combine, cosine, coverage, type TextVectors } from './tf-idf.ts';

export type ExtraEdgeRules = {
  /** The score an extra source needs on its own. */
  threshold: number;
  /** The score a part of a split needs on its own: a substantial part of its source. */
  splitThreshold: number;
  /** How much closer the texts read together must be (cosine for a merge, share of words for a split). */
  gain: number;
  /** Score of a pair with the preference for the parent version applied; 0 for a pair without evidence. */
  adjusted: (row: number, column: number) => number;
};

/** A merge takes a point another later point continues only if it scores this share of that continuation. */
const SHARED_CONTENT = 0.8;
/** At most this many sources are merged into one later point. */
const MAX_SOURCES = 8;
/** Extra sources are sought among a later point's best-scoring earlier points only: this many. */
const CANDIDATES = 10;

/** The columns of a row scoring at least `threshold`, best first, at most CANDIDATES of them. */
function candidates(
  row: number,
  columns: number,
  score: (i: number, j: number) => number,
  threshold: number,
) {
  const found: number[] = [];
  for (let j = 0; j < columns; j++) if (score(row, j) >= threshold) found.push(j);
  return found.sort((a, b) => score(row, b) - score(row, a) || a - b).slice(0, CANDIDATES);
}

/** Sources per later point (columns of `scores`), from the one-to-one match with merges and splits added. */
export function addSplitsAndMerges(
  scores: Scores,
  match: Int32Array,
  relations: Relations,
  rules: ExtraEdgeRules,
): number[][] {
  const m = scores.earlier.length;
  const sources = [...match].map((j) => (j >= 0 ? [j] : []));
  const vectorsOf = (columns: number[]): TextVectors =>
    combine(columns.map((j) => scores.earlier[j]?.vectors as TextVectors));
  const family = (a: number, b: number) => {
    const pa = scores.earlier[a]?.point;
    const pb = scores.earlier[b]?.point;
    return pa?.parentPointId === pb?.id || pb?.parentPointId === pa?.id;
  };

  // Merges: a later point that reads as its source and another earlier point together. A point another later
  // point continues joins only if this one continues it about as well (its content went to both).
  const continuation = new Map<number, number>();
  match.forEach((j, i) => {
    if (j >= 0) continuation.set(j, rules.adjusted(i, j));
  });
  const mayJoin = (i: number, j: number) =>
    rules.adjusted(i, j) >= SHARED_CONTENT * (continuation.get(j) ?? 0);
  sources.forEach((own, i) => {
    if (own.length === 0) return;
    const later = scores.later[i]?.vectors as TextVectors;
    const near = candidates(i, m, rules.adjusted, rules.threshold);
    while (own.length < MAX_SOURCES) {
      const base = cosine(later, vectorsOf(own)) ?? 0;
      let best = -1;
      let bestGain = rules.gain;
      for (const j of near) {
        if (own.includes(j) || !mayJoin(i, j)) continue;
        if (own.some((s) => family(s, j) || relations.related(s).includes(j))) continue;
        const gain = (cosine(later, vectorsOf([...own, j])) ?? 0) - base;
        if (gain >= bestGain) {
          best = j;
          bestGain = gain;
        }
      }
      if (best < 0) break;
      own.push(best);
    }
  });

  // Splits: a later point left without a source whose best earlier point went to another later point.
  const successors: number[][] = Array.from({ length: m }, () => []);
  sources.forEach((own, i) => {
    for (const j of own) successors[j]?.push(i);
  });
  sources.forEach((own, i) => {
    if (own.length > 0) return;
    let best = -1;
    let bestGain = rules.gain;
    for (const j of candidates(i, m, rules.adjusted, rules.splitThreshold)) {
      const taken = successors[j] as number[];
      if (taken.length === 0) continue;
      const earlier = scores.earlier[j]?.vectors as TextVectors;
      // The part that went elsewhere already reads much like the source, so the cosine barely moves when the
      // rest is added: what the new part adds is the share of the source's words it brings.
      const parts = (rows: number[]) => rows.map((r) => scores.later[r]?.vectors as TextVectors);
      const gain = (coverage(earlier, parts([...taken, i])) ?? 0) - (coverage(earlier, parts(taken)) ?? 0);
      if (gain >= bestGain) {
        best = j;
        bestGain = gain;
      }
    }
    if (best >= 0) {
      own.push(best);
      successors[best]?.push(i);
    }
  });
  return sources;
}
