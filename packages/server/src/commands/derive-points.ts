// Resolves where drafted points come from into derivation edges with named operations, against the plan as the
// author can read it: a source the author cannot see is refused exactly like one that does not exist.
import {
  type Derivation,
  type DraftedPoint,
  type DraftSources,
  deriveOperations,
  LineageGraph,
  type Plan,
  type PointRecord,
} from '@concord/core';
import type { Repositories } from '@concord/db';
import { ruleBroken } from '../problems.ts';

export type DraftedRecord = {
  record: Omit<PointRecord, 'derivedFrom'>;
  sources: DraftSources;
  fixed?: boolean;
};
export type Resolved = Map<string, { derivedFrom: Derivation[]; lineageId: string }>;

/**
 * `points` are every point of the version being written (a `fixed` point is one already stored, listed so a
 * split across old and new points is seen; its stated operations are not re-checked).
 */
export async function derivePoints(
  tx: Repositories,
  plan: Plan,
  version: { id: string; parentVersionId: string | null },
  points: readonly DraftedRecord[],
): Promise<Resolved> {
  const [versions, planPoints] = await Promise.all([
    tx.versions.listByPlan(plan.id),
    tx.points.listByPlan(plan.id),
  ]);
  const graph = new LineageGraph({
    versions: versions.filter((v) => v.id !== version.id),
    points: planPoints.filter((p) => p.versionId !== version.id),
  });
  const parentPoints = version.parentVersionId === null ? [] : graph.pointsOf(version.parentVersionId);
  const drafted: DraftedPoint[] = points.map(({ record, sources, fixed }) => ({
    ...record,
    sources: sourcesOf(record, sources, parentPoints).map((s) => (fixed ? { pointId: s.pointId } : s)),
  }));
  const { edges, problems } = deriveOperations(graph, version.parentVersionId, drafted);
  if (problems.length > 0)
    throw ruleBroken(
      problems.join('; '),
      problems.map((message) => ({ path: 'points', message })),
    );
  const resolved: Resolved = new Map();
  for (const { record } of points) {
    const derivedFrom = edges.get(record.id) ?? [];
    const first = derivedFrom[0] && graph.points.get(derivedFrom[0].pointId);
    resolved.set(record.id, { derivedFrom, lineageId: first ? first.lineageId : record.id });
  }
  return resolved;
}

// The older form names a lineage of the parent version; it means an edge to the parent's point of that lineage.
function sourcesOf(
  record: { number: string },
  sources: DraftSources,
  parentPoints: ReadonlyArray<{ id: string; lineageId: string }>,
): NonNullable<DraftSources['derivedFrom']> {
  if (sources.lineageId !== undefined && sources.derivedFrom !== undefined)
    throw ruleBroken(`point ${record.number} gives both lineageId and derivedFrom`, [
      { path: 'points', message: 'give derivedFrom (lineageId is its older form), not both' },
    ]);
  if (sources.lineageId === undefined) return sources.derivedFrom ?? [];
  const source = parentPoints.find((p) => p.lineageId === sources.lineageId);
  if (!source)
    throw ruleBroken(`lineage ${sources.lineageId} is not a point lineage of the parent version`, [
      { path: 'points', message: 'lineageId must continue a point of the parent version' },
    ]);
  return [{ pointId: source.id }];
}
