// The operation of each proposed edge, by what the edges and the wordings say: several sources make a merge, a
// source with several successors a split, a source the parent version dropped a restore, and otherwise keep,
// renumber or amend by the one rule of what a reader sees as a change (wording.ts).
import type { DerivationOperation } from '../../schemas/point.ts';
import { contentOperation as wordingOperation } from '../wording.ts';
import type { CandidatePoint } from './types.ts';

const wordingOf = (p: CandidatePoint) => ({
  number: p.number,
  text: p.text,
  categories: p.categories,
  quantities: p.quantities,
  conditions: p.conditions ?? [],
});

/** keep, renumber or amend, by the one rule of wording.ts. */
export const contentOperation = (earlier: CandidatePoint, later: CandidatePoint): DerivationOperation =>
  wordingOperation(wordingOf(earlier), wordingOf(later));

export function edgeOperation({
  sources,
  successors,
  restored,
  earlier,
  later,
}: {
  /** How many sources the later point has. */
  sources: number;
  /** How many later points the source goes to. */
  successors: number;
  restored: boolean;
  earlier: CandidatePoint;
  later: CandidatePoint;
}): DerivationOperation {
  if (sources > 1) return 'merge';
  if (successors > 1) return 'split';
  if (restored) return 'restore';
  return contentOperation(earlier, later);
}
