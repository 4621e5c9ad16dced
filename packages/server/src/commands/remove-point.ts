// Removes a point of a working draft, with its sub-points and their commitments (one `point.removed` event; the
// log keeps what was removed). A point that a later version derives from is part of the plan's lineage and
// stays: the version that continues it would lose its source.
import { Id, newEvent, type Point } from '@concord/core';
import type { Repositories } from '@concord/db';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable } from './lookups.ts';
import { pointSubject } from './subjects.ts';

export type RemovePointInput = { pointId: string };

export async function removePoint(ctx: CommandContext, input: RemovePointInput): Promise<void> {
  const id = validate(Id, (input as Partial<RemovePointInput> | null)?.pointId, ['pointId']);
  await writeAs(ctx, async (tx) => {
    const subject = await pointSubject(tx, id);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'point', id });
    assertEditable(subject.version);
    const removed = subtree(await tx.points.listByVersion(subject.version.id), id);
    await assertNotASource(tx, subject.plan.id, removed);
    await tx.appendEvent(newEvent('point.removed', { id }, stamp(ctx, grant, subject.scope)));
  });
}

/** The point and every sub-point below it. */
function subtree(points: readonly Point[], rootId: string): Point[] {
  const out = points.filter((p) => p.id === rootId);
  for (let i = 0; i < out.length; i++) {
    const parent = out[i] as Point;
    out.push(...points.filter((p) => p.parentPointId === parent.id));
  }
  return out;
}

async function assertNotASource(tx: Repositories, planId: string, removed: readonly Point[]): Promise<void> {
  const ids = new Map(removed.map((p) => [p.id, p]));
  for (const later of await tx.points.listByPlan(planId)) {
    const edge = later.derivedFrom.find((d) => ids.has(d.pointId));
    if (edge === undefined || ids.has(later.id)) continue;
    const source = ids.get(edge.pointId) as Point;
    throw conflict(
      `point ${source.number} cannot be removed: point ${later.number} of another version is derived from it`,
    );
  }
}
