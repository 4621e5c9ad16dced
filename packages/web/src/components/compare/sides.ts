// One redline read from each side: the old wording marks what it loses, the new one what it gains, so a
// side-by-side view and an inline view show the same change set.
import type { RedlineRun } from '@concord/core/lineage';

export type Mark = { text: string; changed: boolean };

export function sidesOf(runs: RedlineRun[]): { before: Mark[]; after: Mark[] } {
  const before: Mark[] = [];
  const after: Mark[] = [];
  for (const r of runs) {
    if (r.op !== 'added') before.push({ text: r.text, changed: r.op === 'removed' });
    if (r.op !== 'removed') after.push({ text: r.text, changed: r.op === 'added' });
  }
  return { before, after };
}

/** The change kinds in words a reader uses. */
export const KIND_WORDS: Record<string, string> = {
  unchanged: 'unchanged',
  moved: 'renumbered or moved',
  amended: 'amended',
  added: 'added',
  removed: 'removed',
  split: 'split',
  merged: 'merged',
  restored: 'restored',
};
