import type { DiffEntry, VersionDiff } from '@concord/core';
import { changeSet, LineageGraph, type PointDiff, type RedlineRun } from '@concord/core/lineage';
import type { Point } from '../api/types.ts';

export type PointChange =
  | { kind: 'new' }
  | { kind: 'unchanged'; was: string }
  | {
      kind: 'amended';
      was: string;
      what: string[];
      /** Old wording against the new, word by word, per language whose text changed. */
      redlines?: Record<string, RedlineRun[]>;
      /** Languages whose text stayed as it was while another language's changed: probably out of date. */
      stale?: string[];
    };

export type ParentComparison = {
  /** Keyed by the point id of the version being read. */
  changes: Map<string, PointChange>;
  /** Points of the parent whose lineage does not continue here (deleted or merged away). */
  removed: Point[];
};

/**
 * Compares a version with the version it answers by core's lineage rule (the one the analysis and
 * `concord diff` use), so the page never calls a point amended for a change a reader cannot see. A point is new,
 * unchanged (perhaps renumbered) or amended (in what: text, quantities, conditions; a split or a merge says so),
 * and the parent's points that do not continue are listed as removed.
 */
export function compareToParent(points: Point[], parentPoints: Point[]): ParentComparison {
  // The two sides under fixed names: the comparison is between these lists, whatever versions they came from.
  const parent = 'parent';
  const child = 'child';
  const graph = new LineageGraph({
    versions: [
      { id: parent, parentVersionId: null, label: 'parent' },
      { id: child, parentVersionId: parent, label: 'this version' },
    ],
    points: [
      ...parentPoints.map((p) => ({ ...p, versionId: parent })),
      ...points.map((p) => ({ ...p, versionId: child })),
    ],
  });
  const changes = new Map<string, PointChange>();
  const removed: Point[] = [];
  const byId = new Map(parentPoints.map((p) => [p.id, p]));
  for (const c of changeSet(graph, parent, child).changes) {
    if (c.kind === 'removed') removed.push(...c.before.map((p) => byId.get(p.id) as Point));
    for (const p of c.after) changes.set(p.id, changeOf(c));
  }
  return { changes, removed };
}

/**
 * The same comparison from the server's change set (GET /api/versions/{parent}/diff/{id}), which follows edges
 * through every version the reader may see: a point taken from another branch is not mistaken for a new one.
 */
export function comparisonFromDiff(diff: VersionDiff): ParentComparison {
  const changes = new Map<string, PointChange>();
  const removed: Point[] = [];
  for (const c of diff.changes) {
    if (c.kind === 'removed') removed.push(...c.before);
    const change = changeOf({
      kind: c.kind,
      before: c.before,
      after: c.after,
      redlines: c.redlines,
      wording: wordingOf(c),
    });
    for (const p of c.after) changes.set(p.id, change);
  }
  return { changes, removed };
}

function wordingOf(c: DiffEntry): Change['wording'] {
  if (c.languages === null) return null;
  return {
    text: c.languages,
    renumbered: c.renumbered,
    quantities: c.quantities.length > 0,
    conditions: c.conditionsChanged,
  };
}

type Change = {
  kind: PointDiff['kind'];
  before: ReadonlyArray<{ number: string }>;
  after: ReadonlyArray<unknown>;
  redlines: Record<string, RedlineRun[]>;
  wording: {
    text: { changed: string[]; added: string[]; removed: string[]; stale: string[] };
    renumbered: boolean;
    quantities: boolean;
    conditions: boolean;
  } | null;
};

function changeOf(c: Change): PointChange {
  const was = c.before.map((p) => p.number).join(' + ');
  switch (c.kind) {
    case 'added':
    case 'restored':
      return { kind: 'new' };
    case 'unchanged':
    case 'moved':
      return { kind: 'unchanged', was };
    case 'split':
    case 'merged':
      return { kind: 'amended', was, what: [c.kind === 'split' ? 'split' : 'merged'] };
    default: {
      const w = c.wording;
      const what = [
        ...(w && w.text.changed.length + w.text.added.length + w.text.removed.length > 0 ? ['text'] : []),
        ...(w?.renumbered ? ['number'] : []),
        ...(w?.quantities ? ['quantities'] : []),
        ...(w?.conditions ? ['conditions'] : []),
      ];
      const stale = w?.text.stale ?? [];
      return { kind: 'amended', was, what, redlines: c.redlines, ...(stale.length > 0 ? { stale } : {}) };
    }
  }
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
