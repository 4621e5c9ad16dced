// Adds one point (or sub-point) to an existing, not yet final version.
import type { Point, PointCreate as PointCreateT, Version } from '@concord/core';
import { defaultNumber, LIMITS, newEvent, PointCreate, uuidv7 } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { z } from 'zod';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertEditable, depthOf, mustExist, splitId } from './lookups.ts';
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
    const lineageId = await lineageFor(tx, version, points, draft, id);
    const number = draft.number ?? defaultNumber(parent?.number ?? null, ordinal, depth);
    const { ordinal: _o, number: _n, lineageId: _l, ...rest } = draft;
    const record = { ...rest, id, versionId, lineageId, ordinal, number };
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

/** A new lineage starts at the point's own id; a continued one must come from the parent version, once. */
async function lineageFor(
  tx: Repositories,
  version: Version,
  points: Point[],
  draft: PointCreateT,
  id: string,
): Promise<string> {
  if (draft.lineageId === undefined) return id;
  const lineageId = draft.lineageId;
  const inParent =
    version.parentVersionId !== null &&
    (await tx.points.listByVersion(version.parentVersionId)).some((p) => p.lineageId === lineageId);
  if (!inParent)
    throw ruleBroken(`lineage ${lineageId} is not a point lineage of the parent version`, [
      { path: 'lineageId', message: 'must continue a point of the parent version' },
    ]);
  if (points.some((p) => p.lineageId === lineageId))
    throw conflict(`lineage ${lineageId} is already continued by another point of this version`);
  return lineageId;
}
