import type { Point } from '@concord/core';
import { newEvent, PointUpdate } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertEditable, mustExist, splitId, validActor } from './lookups.ts';

export type UpdatePointInput = { pointId: string } & z.input<typeof PointUpdate>;

/** Amends a point of a version that is not final; its lineage and place in the tree do not change. */
export async function updatePoint(store: Store, input: UpdatePointInput, actor: string): Promise<Point> {
  const { id, fields } = splitId(input, 'pointId');
  const changes = validate(PointUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    const point = await mustExist('point', id, (i) => tx.points.get(i));
    assertEditable(await mustExist('version', point.versionId, (i) => tx.versions.get(i)));
    if (changes.ordinal !== undefined && changes.ordinal !== point.ordinal) {
      const siblings = (await tx.points.listByVersion(point.versionId)).filter(
        (p) => p.parentPointId === point.parentPointId && p.id !== id,
      );
      if (siblings.some((p) => p.ordinal === changes.ordinal))
        throw conflict(`ordinal ${changes.ordinal} is already taken among these points`);
    }
    await tx.appendEvent(newEvent('point.updated', { id, changes }, { actor: by }));
    return mustExist('point', id, (i) => tx.points.get(i));
  });
}
