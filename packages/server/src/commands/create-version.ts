// A version is created whole (its points, sub-points and commitments in one `version.created` event), so a
// plan text appears in the log at once, as it was circulated.
import type { Plan, VersionBundle } from '@concord/core';
import { defaultVersionAudience, expandDraft, newEvent, uuidv7, VersionCreate } from '@concord/core';
import type { Repositories } from '@concord/db';
import type { z } from 'zod';
import { ruleBroken } from '../problems.ts';
import type { VersionDetail } from '../types.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { derivePoints } from './derive-points.ts';
import { assertPartyRef, splitId } from './lookups.ts';
import { readVersionDetail } from './read-version-detail.ts';
import { planSubject } from './subjects.ts';

export type CreateVersionInput = { planId: string } & z.input<typeof VersionCreate>;

/**
 * A working draft starts with the mediators alone (shared beyond them, it is frozen); a version created circulated or
 * final is shared like its plan unless the mediator names a narrower audience (a draft written with one side first).
 */
export async function createVersion(ctx: CommandContext, input: CreateVersionInput): Promise<VersionDetail> {
  const { id: planId, fields } = splitId(input, 'planId');
  const { audience: asked, ...draft } = validate(VersionCreate, fields);
  return writeAs(ctx, async (tx) => {
    const { entity: plan, resource } = await planSubject(tx, planId);
    const grant = permit(ctx, 'create-version', 'plan', resource, { what: 'plan', id: planId });
    const drafted = expandDraft({ planId, draft, newId: () => uuidv7(ctx.clock().getTime()) });
    const bundle = await withDerivations(tx, plan, drafted);
    for (const c of bundle.commitments) {
      await assertPartyRef(tx, plan.processId, 'obligor', c.obligor);
      await assertPartyRef(tx, plan.processId, 'beneficiary', c.beneficiary);
    }
    const audience = asked ?? defaultVersionAudience(bundle.version.status, plan.audience);
    await assertAudience(tx, plan.processId, audience, plan.audience, 'audience');
    const scope = { processId: plan.processId, subjectId: bundle.version.id, audience };
    await tx.appendEvent(newEvent('version.created', bundle, stamp(ctx, grant, scope)));
    return readVersionDetail(tx, bundle.version.id);
  });
}

/** The parent must be a version of the same plan. */
async function assertParent(tx: Repositories, plan: Plan, parentId: string | null): Promise<void> {
  if (parentId === null) return;
  const parent = await tx.versions.get(parentId);
  if (parent === null || parent.planId !== plan.id)
    throw ruleBroken(`parent version ${parentId} is not a version of plan ${plan.id}`, [
      { path: 'parentVersionId', message: 'must be a version of the same plan' },
    ]);
}

/** Each point's edges, named by the server, and the lineage it continues (its first source's). */
async function withDerivations(
  tx: Repositories,
  plan: Plan,
  drafted: ReturnType<typeof expandDraft>,
): Promise<VersionBundle> {
  const { bundle, sources } = drafted;
  await assertParent(tx, plan, bundle.version.parentVersionId);
  assertNumbersUnique(bundle.points);
  const resolved = await derivePoints(
    tx,
    plan,
    bundle.version,
    bundle.points.map((record) => ({ record, sources: sources.get(record.id) ?? {} })),
  );
  return { ...bundle, points: bundle.points.map((p) => ({ ...p, ...resolved.get(p.id) })) };
}

/** Sibling points (same parent) have distinct numbers, as a reader cites them by number. */
function assertNumbersUnique(points: ReadonlyArray<{ parentPointId: string | null; number: string }>): void {
  const seen = new Set<string>();
  for (const p of points) {
    const key = `${p.parentPointId ?? ''} ${p.number.trim()}`;
    if (seen.has(key))
      throw ruleBroken(`number ${p.number} is used by two points at the same level`, [
        { path: 'points', message: `number ${p.number} is already taken at this level` },
      ]);
    seen.add(key);
  }
}
