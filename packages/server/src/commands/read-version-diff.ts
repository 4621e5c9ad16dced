// What changed between two versions of one plan, as the reader may see them: the graph is built from the
// versions and points the reader can read, so a diff never reveals a point it could not read otherwise (a
// version hidden from the reader leaves the edges through it unknown, and its successors read as added).
import { changeSet, LineageGraph, type Point, type PointDiff, type VersionDiff } from '@concord/core';
import type { Repositories } from '@concord/db';
import { presentPoint } from '../presenters/entities.ts';
import { ruleBroken } from '../problems.ts';
import { mustExist } from './lookups.ts';

export async function readVersionDiff(
  reader: Repositories,
  fromId: string,
  toId: string,
): Promise<VersionDiff> {
  const from = await mustExist('version', fromId, (id) => reader.versions.get(id));
  const to = await mustExist('version', toId, (id) => reader.versions.get(id));
  if (from.planId !== to.planId)
    throw ruleBroken('the two versions belong to different plans', [
      { path: 'to', message: 'must be a version of the same plan as from' },
    ]);
  const [versions, points] = await Promise.all([
    reader.versions.listByPlan(from.planId),
    reader.points.listByPlan(from.planId),
  ]);
  const set = changeSet(new LineageGraph({ versions, points }), from.id, to.id);
  return {
    planId: from.planId,
    from: { id: from.id, label: from.label },
    to: { id: to.id, label: to.label },
    summary: set.summary,
    counts: set.counts,
    changes: set.changes.map((c) => presentChange(c, new Map(points.map((p) => [p.id, p])))),
  };
}

function presentChange(c: PointDiff, byId: Map<string, Point>): VersionDiff['changes'][number] {
  const point = (p: { id: string }) => presentPoint(byId.get(p.id) as Point);
  return {
    kind: c.kind,
    before: c.before.map(point),
    after: c.after.map(point),
    languages: c.wording?.text ?? null,
    renumbered: c.wording?.renumbered ?? false,
    recategorised: c.wording?.categories ?? false,
    conditionsChanged: c.wording?.conditions ?? false,
    redlines: c.redlines,
    quantities: c.quantities,
    topLevel: c.topLevel,
    restoredFrom: c.restoredFrom.map((r) => ({ ...r })),
  };
}
