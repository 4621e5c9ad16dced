// Proposes the derivation of each point of a new version from the points of earlier versions of the plan, for a
// person to confirm or correct: scores every pair (score.ts), takes the best pairs one to one preferring the
// parent version (assign.ts), adds merges and splits (splits-merges.ts), names each edge's operation
// (operations.ts), and says how sure it is and why.
import type { Derivation } from '../../schemas/point.ts';
import { assignOneToOne } from './assign.ts';
import { edgeOperation } from './operations.ts';
import { relationsOf } from './relations.ts';
import { type Features, reasonsFor, type Scores, scorePairs } from './score.ts';
import { addSplitsAndMerges } from './splits-merges.ts';
import type { CandidatePoint, LineageProposal, ProposeLineageInput } from './types.ts';

/** The score a one-to-one pair needs. */
export const MATCH_THRESHOLD = 0.25;
/** The score an extra source of a merge or split needs on its own. */
const EXTRA_THRESHOLD = 0.25;
/** How much closer an older wording of a lineage must be than the parent's to be named as the likeness. */
const OLDER_WORDING = 0.05;
/** The score the second part of a split needs on its own. */
const SPLIT_THRESHOLD = 0.35;
/** How much closer texts read together must be to add a merge or split edge. */
const GAIN = 0.05;
/** A point of a version other than the parent must score this much better to win over the parent's. */
const OTHER_VERSION = 0.85;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
/** How strongly a score speaks for a match: 0.5 a little above the threshold, 0.95 at 0.6. */
const strength = (score: number) => logistic(10 * (score - 0.3));
const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export function proposeLineage(input: ProposeLineageInput): LineageProposal[] {
  const { earlier, later, parentVersionId } = input;
  if (later.length === 0) return [];
  const scores = scorePairs(earlier, later);
  const m = earlier.length;
  const relations = relationsOf(earlier);
  const factor = earlier.map((p) =>
    parentVersionId === undefined || p.versionId === parentVersionId ? 1 : OTHER_VERSION,
  );
  const adjusted = (i: number, j: number) => {
    const k = i * m + j;
    return scores.evidence[k] === 1 ? (scores.score[k] as number) * (factor[j] as number) : 0;
  };
  const matrix = new Float32Array(later.length * m);
  for (let i = 0; i < later.length; i++) for (let j = 0; j < m; j++) matrix[i * m + j] = adjusted(i, j);
  const via = inheritThroughParent(matrix, later.length, earlier, relations, parentVersionId);
  const match = assignOneToOne({
    rows: later.length,
    columns: m,
    score: matrix,
    threshold: MATCH_THRESHOLD,
    related: relations.related,
  });
  const sources = addSplitsAndMerges(scores, match, relations, {
    threshold: EXTRA_THRESHOLD,
    splitThreshold: SPLIT_THRESHOLD,
    gain: GAIN,
    adjusted: (i, j) => matrix[i * m + j] as number,
  });
  const successors = new Map<number, number>();
  for (const list of sources) for (const j of list) successors.set(j, (successors.get(j) ?? 0) + 1);
  const restored = restoredSources(input, relations);

  return later.map((point, i) => {
    const own = sources[i] as number[];
    const best = bestScore(matrix, i, m);
    if (own.length === 0) return inserted(point, scores, i, best);
    const derivedFrom: Derivation[] = own.map((j) => ({
      pointId: (earlier[j] as CandidatePoint).id,
      operation: edgeOperation({
        sources: own.length,
        successors: successors.get(j) ?? 0,
        restored: restored(j),
        earlier: earlier[j] as CandidatePoint,
        later: point,
      }),
    }));
    const edgeScores = own.map((j) => matrix[i * m + j] as number);
    const runnerUp = secondBest(matrix, i, m, own, relations.related);
    const margin = Math.min(1, Math.max(0, (Math.max(...edgeScores) - runnerUp) / 0.1));
    const confidence = strength(Math.min(...edgeScores)) * (0.7 + 0.3 * margin) * (own.length > 1 ? 0.9 : 1);
    return {
      pointId: point.id,
      derivedFrom,
      confidence: round(confidence),
      reasons: explain(own, derivedFrom, scores, i, earlier, via),
    };
  });
}

function bestScore(matrix: Float32Array, i: number, m: number): { column: number; score: number } {
  let column = -1;
  let score = 0;
  for (let j = 0; j < m; j++)
    if ((matrix[i * m + j] as number) > score) {
      score = matrix[i * m + j] as number;
      column = j;
    }
  return { column, score };
}

function secondBest(
  matrix: Float32Array,
  i: number,
  m: number,
  own: number[],
  related: (j: number) => readonly number[],
): number {
  const skip = new Set(own.flatMap((j) => [j, ...related(j)]));
  let score = 0;
  for (let j = 0; j < m; j++) if (!skip.has(j)) score = Math.max(score, matrix[i * m + j] as number);
  return score;
}

function inserted(
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

function explain(
  own: number[],
  edges: Derivation[],
  scores: Scores,
  i: number,
  earlier: readonly CandidatePoint[],
  via: Int32Array,
): string[] {
  const later = scores.later[i] as Features;
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

/**
 * Whether a source is a point the parent version dropped: of another version on the parent's line (any when the
 * line is not given) and not continued by the parent, by the recorded lineage or, without one, by text.
 */
function restoredSources(
  { earlier, parentVersionId, ancestorVersionIds }: ProposeLineageInput,
  relations: ReturnType<typeof relationsOf>,
): (j: number) => boolean {
  if (parentVersionId === undefined) return () => false;
  const line = ancestorVersionIds === undefined ? null : new Set(ancestorVersionIds);
  const parentPoints = earlier.filter((p) => p.versionId === parentVersionId);
  const continued = relations.known ? relations.continuedBy(parentVersionId) : null;
  const cache = new Map<number, boolean>();
  return (j) => {
    const point = earlier[j] as CandidatePoint;
    if (point.versionId === parentVersionId || (line !== null && !line.has(point.versionId))) return false;
    if (continued !== null) return !continued.has(j);
    let answer = cache.get(j);
    if (answer === undefined) {
      // Without recorded lineage: the parent continues the point if one of its points would be proposed for it.
      const guess = scorePairs(parentPoints, [point]);
      answer = !guess.score.some((s, k) => s >= MATCH_THRESHOLD && guess.evidence[k] === 1);
      cache.set(j, answer);
    }
    return answer;
  };
}

/**
 * A lineage the parent version continues is proposed through the parent's point: a later point that reads most
 * like an older wording of it still derives from what the parent holds (the change then shows against the parent).
 * Moves each such score to the parent's point(s) and returns, per pair, the older point it came from (or -1).
 */
function inheritThroughParent(
  matrix: Float32Array,
  rows: number,
  earlier: readonly CandidatePoint[],
  relations: ReturnType<typeof relationsOf>,
  parentVersionId: string | undefined,
): Int32Array {
  const m = earlier.length;
  const via = new Int32Array(rows * m).fill(-1);
  if (parentVersionId === undefined) return via;
  earlier.forEach((point, j) => {
    if (point.versionId === parentVersionId) return;
    const heirs = relations.related(j).filter((p) => earlier[p]?.versionId === parentVersionId);
    if (heirs.length === 0) return;
    for (let i = 0; i < rows; i++) {
      const own = (matrix[i * m + j] as number) / OTHER_VERSION;
      matrix[i * m + j] = 0;
      for (const p of heirs)
        if (own > (matrix[i * m + p] as number) + OLDER_WORDING) {
          matrix[i * m + p] = own;
          via[i * m + p] = j;
        }
    }
  });
  return via;
}
