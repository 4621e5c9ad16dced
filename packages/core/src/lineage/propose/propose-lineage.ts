// Proposes the derivation of each point of a new version from the points of earlier versions of the plan, for a
// person to confirm or correct: scores every pair (score.ts), takes the best pairs one to one preferring the
// parent version (assign.ts), adds merges and splits (splits-merges.ts), names each edge's operation
// (operations.ts), and says how sure it is and why (explain.ts).
import type { Derivation } from '../../schemas/point.ts';
import { assignOneToOne } from './assign.ts';
import { confidenceOf, explain, inserted } from './explain.ts';
import { edgeOperation } from './operations.ts';
import { guessParentLinks, inheritThroughParent, OTHER_VERSION, restoredSources } from './parent-version.ts';
import { relationsOf } from './relations.ts';
import { scorePairs } from './score.ts';
import { addSplitsAndMerges } from './splits-merges.ts';
import type { CandidatePoint, LineageProposal, ProposeLineageInput } from './types.ts';

/** The score a one-to-one pair needs. */
export const MATCH_THRESHOLD = 0.25;
/** The score an extra source of a merge or split needs on its own. */
const EXTRA_THRESHOLD = 0.25;
/** The score the second part of a split needs on its own. */
const SPLIT_THRESHOLD = 0.35;
/** How much closer texts read together must be to add a merge or split edge. */
const GAIN = 0.05;

export function proposeLineage(input: ProposeLineageInput): LineageProposal[] {
  const { earlier, later, parentVersionId } = input;
  if (later.length === 0) return [];
  const scores = scorePairs(earlier, later);
  const m = earlier.length;
  const recorded = relationsOf(earlier);
  const relations =
    recorded.known || parentVersionId === undefined
      ? recorded
      : relationsOf(earlier, guessParentLinks(earlier, parentVersionId, MATCH_THRESHOLD));
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
    // Sources in the order the earlier points were given (reading order within a version).
    const own = (sources[i] as number[]).slice().sort((a, b) => a - b);
    if (own.length === 0) return inserted(point, scores, i, bestScore(matrix, i, m));
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
    const runnerUp = secondBest(matrix, i, m, new Set(own.flatMap((j) => [j, ...relations.related(j)])));
    return {
      pointId: point.id,
      derivedFrom,
      confidence: confidenceOf(edgeScores, runnerUp),
      reasons: explain(own, derivedFrom, scores, i, via),
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

/** The best score of the row outside the given columns. */
function secondBest(matrix: Float32Array, i: number, m: number, skip: ReadonlySet<number>): number {
  let score = 0;
  for (let j = 0; j < m; j++) if (!skip.has(j)) score = Math.max(score, matrix[i * m + j] as number);
  return score;
}
