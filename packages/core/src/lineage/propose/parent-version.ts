// The parent version's place in a proposal: its points are preferred, a lineage it continues is proposed through
// its point, and a source it does not continue is a restore.
import { assignOneToOne } from './assign.ts';
import type { Relations } from './relations.ts';
import { scorePairs } from './score.ts';
import type { CandidatePoint, ProposeLineageInput } from './types.ts';

/** A point of a version other than the parent must score this much better to win over the parent's. */
export const OTHER_VERSION = 0.85;
/** How much closer an older wording of a lineage must be than the parent's to be named as the likeness. */
const OLDER_WORDING = 0.05;

/**
 * A lineage the parent version continues is proposed through the parent's point: a later point that reads most
 * like an older wording of it still derives from what the parent holds (the change then shows against the parent).
 * Moves each such score to the parent's point(s) and returns, per pair, the older point it came from (or -1).
 */
export function inheritThroughParent(
  matrix: Float32Array,
  rows: number,
  earlier: readonly CandidatePoint[],
  relations: Relations,
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

/**
 * Whether a source is a point the parent version dropped: of another version on the parent's line (any when the
 * line is not given) and not continued by the parent (recorded lineage, or lineage guessed from the texts).
 */
export function restoredSources(
  { earlier, parentVersionId, ancestorVersionIds }: ProposeLineageInput,
  relations: Relations,
): (j: number) => boolean {
  if (parentVersionId === undefined) return () => false;
  const line = ancestorVersionIds === undefined ? null : new Set(ancestorVersionIds);
  const continued = relations.continuedBy(parentVersionId);
  return (j) => {
    const point = earlier[j] as CandidatePoint;
    if (point.versionId === parentVersionId || (line !== null && !line.has(point.versionId))) return false;
    return !continued.has(j);
  };
}

/**
 * Without recorded lineage, which points of the other earlier versions the parent's points continue: the pairs
 * a proposal would make between each such version and the parent (one to one, same thresholds), as links from
 * the older point to the parent's.
 */
export function guessParentLinks(
  earlier: readonly CandidatePoint[],
  parentVersionId: string,
  threshold: number,
): [number, number][] {
  const parent: number[] = [];
  const others = new Map<string, number[]>();
  earlier.forEach((p, k) => {
    if (p.versionId === parentVersionId) parent.push(k);
    else others.set(p.versionId, [...(others.get(p.versionId) ?? []), k]);
  });
  if (parent.length === 0) return [];
  const links: [number, number][] = [];
  for (const columns of others.values()) {
    const scores = scorePairs(
      columns.map((k) => earlier[k] as CandidatePoint),
      parent.map((k) => earlier[k] as CandidatePoint),
    );
    const score = scores.score.map((s, k) => (scores.evidence[k] === 1 ? s : 0));
    const match = assignOneToOne({
      rows: parent.length,
      columns: columns.length,
      score,
      threshold,
      related: () => [],
    });
    match.forEach((j, i) => {
      if (j >= 0) links.push([columns[j] as number, parent[i] as number]);
    });
  }
  return links;
}
