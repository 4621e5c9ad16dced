import type { Point } from '@concord/core';
import { newEvent, PointUpdate } from '@concord/core';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, mustExist, splitId } from './lookups.ts';
import { pointSubject } from './subjects.ts';

export type UpdatePointInput = { pointId: string } & z.input<typeof PointUpdate>;

/** Amends a point of a version that is not final; its lineage and place in the tree do not change. */
export async function updatePoint(ctx: CommandContext, input: UpdatePointInput): Promise<Point> {
  const { id, fields } = splitId(input, 'pointId');
  const changes = validate(PointUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await pointSubject(tx, id);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'point', id });
    const point = subject.entity;
    assertEditable(subject.version);
    if (changes.ordinal !== undefined && changes.ordinal !== point.ordinal) {
      const siblings = (await tx.points.listByVersion(point.versionId)).filter(
        (p) => p.parentPointId === point.parentPointId && p.id !== id,
      );
      if (siblings.some((p) => p.ordinal === changes.ordinal))
        throw conflict(`ordinal ${changes.ordinal} is already taken among these points`);
    }
    await tx.appendEvent(newEvent('point.updated', { id, changes }, stamp(ctx, grant, subject.scope)));
    return mustExist('point', id, (i) => tx.points.get(i));
  });
}
