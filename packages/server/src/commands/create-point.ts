// Adds one point (or sub-point) to an existing, not yet final version.
import type { Point, Version } from '@concord/core';
import { defaultNumber, LIMITS, newEvent, PointCreate, uuidv7 } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { z } from 'zod';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { derivePoints } from './derive-points.ts';
import { assertEditable, assertNumberFree, depthOf, mustExist, splitId } from './lookups.ts';
import { versionSubject } from './subjects.ts';

export type CreatePointInput = { versionId: string } & z.input<typeof PointCreate>;

export async function createPoint(ctx: CommandContext, input: CreatePointInput): Promise<Point> {
  const { id: versionId, fields } = splitId(input, 'versionId');
  const draft = validate(PointCreate, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await versionSubject(tx, versionId);
    const grant = permit(ctx, 'edit', 'version', subject.resource, { what: 'version', id: versionId });
    const version = subject.entity;
    assertEditable(version);
    const points = await tx.points.listByVersion(versionId);
    if (points.length >= LIMITS.pointsPerVersion)
      throw conflict(`version ${versionId} already holds ${LIMITS.pointsPerVersion} points`);
    const parent = await parentPoint(tx, version, draft.parentPointId);
    const depth = parent === null ? 0 : (await depthOf(tx, parent)) + 1;
    if (depth >= LIMITS.pointDepth)
      throw ruleBroken(`points nest at most ${LIMITS.pointDepth} levels deep`, [
        { path: 'parentPointId', message: 'too deep' },
      ]);
    const siblings = points.filter((p) => p.parentPointId === draft.parentPointId);
    const ordinal = draft.ordinal ?? Math.max(-1, ...siblings.map((p) => p.ordinal)) + 1;
    if (siblings.some((p) => p.ordinal === ordinal))
      throw conflict(`ordinal ${ordinal} is already taken among these points`);
    const id = uuidv7(ctx.clock().getTime());
    const number = draft.number ?? defaultNumber(parent?.number ?? null, ordinal, depth);
    assertNumberFree(siblings, number);
    const { ordinal: _o, number: _n, lineageId: asked, derivedFrom: from, ...rest } = draft;
    const fresh = { ...rest, id, versionId, lineageId: id, ordinal, number };
    const derived = await derivePoints(tx, subject.plan, version, [
      ...points.map((p) => ({ record: p, sources: { derivedFrom: p.derivedFrom }, fixed: true })),
      { record: fresh, sources: { lineageId: asked, derivedFrom: from } },
    ]);
    const record = { ...fresh, ...(derived.get(id) ?? { derivedFrom: [] }) };
    await tx.appendEvent(newEvent('point.created', record, stamp(ctx, grant, subject.scope)));
    return mustExist('point', id, (i) => tx.points.get(i));
  });
}

async function parentPoint(
  tx: Repositories,
  version: Version,
  parentId: string | null,
): Promise<Point | null> {
  if (parentId === null) return null;
  const parent = await tx.points.get(parentId);
  if (parent === null || parent.versionId !== version.id)
    throw ruleBroken(`point ${parentId} is not a point of version ${version.id}`, [
      { path: 'parentPointId', message: 'must be a point of the same version' },
    ]);
  return parent;
}
