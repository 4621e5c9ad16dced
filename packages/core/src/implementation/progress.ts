// Progress on the Peace Accords Matrix scale: a commitment's status on a day is the latest one set for that day
// or before (by the day it holds from, then log order); a leaf's progress is its score / 3; a commitment with
// sub-commitments takes the weighted mean of theirs (its own status is then a summary, not an input), so a
// party's progress cannot be raised by scoring a heading rather than the work under it.
import type { PamScore, StatusEntry } from '../schemas/tracking.ts';

/** What the roll-up needs of a tracked commitment. */
export type ProgressNode = {
  commitmentId: string;
  parentId: string | null;
  weight: number;
  statuses: readonly Pick<StatusEntry, 'score' | 'on' | 'logIndex'>[];
};

/** The status holding on `day` (YYYY-MM-DD), or null when none was set yet. */
export function statusOn<S extends Pick<StatusEntry, 'on' | 'logIndex'>>(
  statuses: readonly S[],
  day: string,
): S | null {
  let found: S | null = null;
  for (const s of statuses) {
    if (s.on > day) continue;
    if (found === null || s.on > found.on || (s.on === found.on && s.logIndex > found.logIndex)) found = s;
  }
  return found;
}

export function scoreOn(statuses: ProgressNode['statuses'], day: string): PamScore {
  return (statusOn(statuses, day)?.score ?? 0) as PamScore;
}

/** Progress 0..1 of every commitment on `day`, rolled up from weighted sub-commitments. */
export function progressOn(nodes: readonly ProgressNode[], day: string): Map<string, number> {
  const children = new Map<string, ProgressNode[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  const memo = new Map<string, number>();
  const visit = (node: ProgressNode, path: Set<string>): number => {
    const known = memo.get(node.commitmentId);
    if (known !== undefined) return known;
    // A cycle cannot be written (a parent is tracked before its parts), but a read must still end.
    const parts = (children.get(node.commitmentId) ?? []).filter((c) => !path.has(c.commitmentId));
    const inner = new Set(path).add(node.commitmentId);
    const value =
      parts.length === 0 ? scoreOn(node.statuses, day) / 3 : weightedMean(parts, (c) => visit(c, inner));
    memo.set(node.commitmentId, value);
    return value;
  };
  for (const node of nodes) visit(node, new Set());
  return memo;
}

/** Σ weight·value / Σ weight (0 for nothing to weigh). */
export function weightedMean<T extends { weight: number }>(
  items: readonly T[],
  value: (item: T) => number,
): number {
  let total = 0;
  let weights = 0;
  for (const item of items) {
    total += item.weight * value(item);
    weights += item.weight;
  }
  return weights === 0 ? 0 : total / weights;
}
