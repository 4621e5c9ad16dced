// How sure a proposal is and why, in words a reader follows.
import type { Derivation } from '../../schemas/point.ts';
import { type Features, reasonsFor, type Scores } from './score.ts';
import type { CandidatePoint, LineageProposal } from './types.ts';

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** How strongly a score speaks for a match: 0.5 a little above the threshold, 0.95 at 0.6. */
const strength = (score: number) => logistic(10 * (score - 0.3));
const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * A derivation's confidence: the strength of its weakest edge, lowered when another source scores nearly as
 * well as its best (within 0.1) and for a merge (several edges, each a call).
 */
export function confidenceOf(edgeScores: readonly number[], runnerUp: number): number {
  const margin = Math.min(1, Math.max(0, (Math.max(...edgeScores) - runnerUp) / 0.1));
  return round(strength(Math.min(...edgeScores)) * (0.7 + 0.3 * margin) * (edgeScores.length > 1 ? 0.9 : 1));
}

export function inserted(
  point: CandidatePoint,
  scores: Scores,
  i: number,
  best: { column: number; score: number },
): LineageProposal {
  const closest = scores.earlier[best.column];
  const reasons = [
    best.column < 0
      ? 'no earlier point shares anything with it: a new point'
      : 'nothing earlier is close enough: a new point',
  ];
  if (closest) {
    const why = reasonsFor(closest, scores.later[i] as Features).slice(0, 2);
    reasons.push(`closest was ${closest.point.number}${why.length > 0 ? ` (${why.join(', ')})` : ''}`);
  }
  // With no earlier point sharing anything with it, the point is new for certain.
  const confidence = best.column < 0 ? 1 : round(1 - strength(best.score));
  return { pointId: point.id, derivedFrom: [], confidence, reasons };
}

export function explain(
  own: number[],
  edges: Derivation[],
  scores: Scores,
  i: number,
  via: Int32Array,
): string[] {
  const later = scores.later[i] as Features;
  const earlier = scores.earlier.map((f) => f.point);
  const m = earlier.length;
  const inherited = own.flatMap((j) => {
    const from = via[i * m + j] as number;
    return from < 0
      ? []
      : [
          `reads most like ${earlier[from]?.number} of an earlier version, which ${earlier[j]?.number} continues`,
        ];
  });
  const numbers = own.map((j) => (earlier[j] as CandidatePoint).number);
  if (own.length > 1) {
    return [
      `merges ${numbers.join(' and ')}`,
      ...inherited,
      ...own.flatMap((j) =>
        reasonsFor(scores.earlier[j] as Features, later).map((r) => `${earlier[j]?.number}: ${r}`),
      ),
    ];
  }
  const j = own[0] as number;
  const source = earlier[j] as CandidatePoint;
  const head: Record<string, string> = {
    keep: 'wording unchanged',
    renumber: `wording unchanged, renumbered ${source.number} → ${later.point.number}`,
    amend: `amended from ${source.number}`,
    split: `split from ${source.number}, which also became another point`,
    restore: `restores ${source.number}, which the parent version dropped`,
  };
  return [
    head[edges[0]?.operation ?? 'amend'] as string,
    ...inherited,
    ...reasonsFor(scores.earlier[j] as Features, later),
  ];
}
