import { canonicalJson } from '@concord/ledger';
import type { Point } from '../api/types.ts';

export type PointChange =
  | { kind: 'new' }
  | { kind: 'unchanged'; was: string }
  | { kind: 'amended'; was: string; what: string[] };

export type ParentComparison = {
  /** Keyed by the point id of the version being read. */
  changes: Map<string, PointChange>;
  /** Points of the parent whose lineage does not continue here (deleted or merged away). */
  removed: Point[];
};

/**
 * Compares a version with the version it answers, by lineage rather than by number: a point that keeps its
 * lineage is the same point even when renumbered (28#6 → E3#6 → 20#4). Says for each point whether it is new,
 * unchanged or amended (and in what: text, number, categories, quantities, conditions), and which of the
 * parent's points are gone. A lineage appearing twice on one side (a split) compares each with the first.
 */
export function compareToParent(points: Point[], parentPoints: Point[]): ParentComparison {
  const parentByLineage = new Map<string, Point>();
  for (const p of parentPoints) if (!parentByLineage.has(p.lineageId)) parentByLineage.set(p.lineageId, p);
  const continued = new Set<string>();
  const changes = new Map<string, PointChange>();
  for (const point of points) {
    const before = parentByLineage.get(point.lineageId);
    if (!before) {
      changes.set(point.id, { kind: 'new' });
      continue;
    }
    continued.add(point.lineageId);
    const what = differences(before, point);
    changes.set(
      point.id,
      what.length === 0
        ? { kind: 'unchanged', was: before.number }
        : { kind: 'amended', was: before.number, what },
    );
  }
  const removed = parentPoints.filter((p) => !continued.has(p.lineageId));
  return { changes, removed };
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
const sorted = (xs: string[]) => [...xs].sort();

function differences(before: Point, after: Point): string[] {
  const what: string[] = [];
  if (!same(before.text, after.text)) what.push('text');
  if (before.number !== after.number) what.push('number');
  if (!same(sorted(before.categories), sorted(after.categories))) what.push('categories');
  if (!same(before.quantities, after.quantities)) what.push('quantities');
  if (!same(before.conditions, after.conditions)) what.push('conditions');
  return what;
}

export type ChangeCounts = {
  total: number;
  new: number;
  amended: number;
  unchanged: number;
  removed: number;
};

/**
 * The comparison counted separately for top-level points and for sub-points, so that a summary never calls
 * a sub-point a point (the header counts 26 points; 46 "points" beside it would contradict it). `removed`
 * counts the parent's points of that level whose lineage does not continue.
 */
export function countChanges(
  points: Point[],
  comparison: ParentComparison,
): { points: ChangeCounts; subPoints: ChangeCounts } {
  const empty = (): ChangeCounts => ({ total: 0, new: 0, amended: 0, unchanged: 0, removed: 0 });
  const counts = { points: empty(), subPoints: empty() };
  const level = (p: Point) => (p.parentPointId === null ? counts.points : counts.subPoints);
  for (const point of points) {
    const change = comparison.changes.get(point.id);
    const c = level(point);
    c.total += 1;
    if (change) c[change.kind] += 1;
  }
  for (const gone of comparison.removed) level(gone).removed += 1;
  return counts;
}
