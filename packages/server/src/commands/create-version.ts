// A version is created whole (its points, sub-points and commitments in one `version.created` event), so a
// plan text appears in the log at once, as it was circulated.
import type { Plan, VersionBundle } from '@concord/core';
import { expandVersionDraft, newEvent, unknownLineages, uuidv7, VersionCreate } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { z } from 'zod';
import { ruleBroken } from '../problems.ts';
import type { VersionDetail } from '../types.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertPartyRef, splitId } from './lookups.ts';
import { readVersionDetail } from './read-version-detail.ts';
import { planSubject } from './subjects.ts';

export type CreateVersionInput = { planId: string } & z.input<typeof VersionCreate>;

/** A version is shared like its plan unless the mediator narrows it (a draft written with one side first). */
export async function createVersion(ctx: CommandContext, input: CreateVersionInput): Promise<VersionDetail> {
  const { id: planId, fields } = splitId(input, 'planId');
  const { audience: asked, ...draft } = validate(VersionCreate, fields);
  return writeAs(ctx, async (tx) => {
    const { entity: plan, resource } = await planSubject(tx, planId);
    const grant = permit(ctx, 'create-version', 'plan', resource, { what: 'plan', id: planId });
    const bundle = expandVersionDraft({ planId, draft, newId: () => uuidv7(ctx.clock().getTime()) });
    await assertLineages(tx, plan, bundle);
    for (const c of bundle.commitments) {
      await assertPartyRef(tx, plan.processId, 'obligor', c.obligor);
      await assertPartyRef(tx, plan.processId, 'beneficiary', c.beneficiary);
    }
    const audience = asked ?? plan.audience;
    await assertAudience(tx, plan.processId, audience, plan.audience, 'audience');
    const scope = { processId: plan.processId, subjectId: bundle.version.id, audience };
    await tx.appendEvent(newEvent('version.created', bundle, stamp(ctx, grant, scope)));
    return readVersionDetail(tx, bundle.version.id);
  });
}

/**
 * The parent must be a version of the same plan; a point may continue only a lineage of the parent version,
 * and each lineage appears at most once in a version (it is the point's identity across versions).
 */
async function assertLineages(tx: Repositories, plan: Plan, bundle: VersionBundle): Promise<void> {
  const parentId = bundle.version.parentVersionId;
  let known = new Set<string>();
  if (parentId !== null) {
    const parent = await tx.versions.get(parentId);
    if (parent === null || parent.planId !== plan.id)
      throw ruleBroken(`parent version ${parentId} is not a version of plan ${plan.id}`, [
        { path: 'parentVersionId', message: 'must be a version of the same plan' },
      ]);
    known = new Set((await tx.points.listByVersion(parentId)).map((p) => p.lineageId));
  }
  const unknown = unknownLineages(bundle, known);
  if (unknown.length > 0)
    throw ruleBroken(
      `lineage ${unknown.join(', ')} is not a point lineage of the parent version`,
      unknown.map(() => ({
        path: 'points',
        message: 'lineageId must continue a point of the parent version',
      })),
    );
  const seen = new Set<string>();
  for (const point of bundle.points) {
    if (seen.has(point.lineageId))
      throw ruleBroken(`lineage ${point.lineageId} is used by more than one point of this version`, [
        { path: 'points', message: 'a lineage appears at most once per version' },
      ]);
    seen.add(point.lineageId);
  }
}
