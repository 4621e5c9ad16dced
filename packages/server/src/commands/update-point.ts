import type { Derivation, DerivationRequest, Point } from '@concord/core';
import { newEvent, PointUpdate } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { z } from 'zod';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { derivePoints } from './derive-points.ts';
import { assertEditable, assertNumberFree, mustExist, splitId } from './lookups.ts';
import { pointSubject } from './subjects.ts';

export type UpdatePointInput = { pointId: string } & z.input<typeof PointUpdate>;

/**
 * Amends a point of a version that is not final; its place in the tree does not change. New `derivedFrom`
 * edges are named by the server (as when the point was created) and move the point to its first source's lineage.
 */
export async function updatePoint(ctx: CommandContext, input: UpdatePointInput): Promise<Point> {
  const { id, fields } = splitId(input, 'pointId');
  const changes = validate(PointUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await pointSubject(tx, id);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'point', id });
    const point = subject.entity;
    assertEditable(subject.version);
    if (changes.number !== undefined && changes.number !== point.number)
      assertNumberFree(
        (await tx.points.listByVersion(point.versionId)).filter(
          (p) => p.parentPointId === point.parentPointId && p.id !== id,
        ),
        changes.number,
      );
    if (changes.ordinal !== undefined && changes.ordinal !== point.ordinal) {
      const siblings = (await tx.points.listByVersion(point.versionId)).filter(
        (p) => p.parentPointId === point.parentPointId && p.id !== id,
      );
      if (siblings.some((p) => p.ordinal === changes.ordinal))
        throw conflict(`ordinal ${changes.ordinal} is already taken among these points`);
    }
    const { derivedFrom: asked, ...rest } = changes;
    // A new wording or number may change what the edges are (keep becomes amend): they are named again.
    const reworded = ['number', 'text', 'quantities', 'conditions'].some((k) => k in rest);
    const from =
      asked ??
      (reworded && point.derivedFrom.length > 0
        ? point.derivedFrom.map(({ pointId }) => ({ pointId }))
        : undefined);
    const recorded =
      from === undefined ? rest : { ...rest, ...(await rederive(tx, subject, { ...point, ...rest }, from)) };
    await tx.appendEvent(
      newEvent('point.updated', { id, changes: recorded }, stamp(ctx, grant, subject.scope)),
    );
    return mustExist('point', id, (i) => tx.points.get(i));
  });
}

async function rederive(
  tx: Repositories,
  subject: Awaited<ReturnType<typeof pointSubject>>,
  point: Point,
  from: DerivationRequest[],
): Promise<{ derivedFrom: Derivation[]; lineageId: string }> {
  const others = (await tx.points.listByVersion(point.versionId)).filter((p) => p.id !== point.id);
  const derived = await derivePoints(tx, subject.plan, subject.version, [
    ...others.map((p) => ({ record: p, sources: { derivedFrom: p.derivedFrom }, fixed: true })),
    { record: point, sources: { derivedFrom: from } },
  ]);
  return derived.get(point.id) ?? { derivedFrom: [], lineageId: point.id };
}
