// A plan is shared like its process unless the mediator narrows it (a plan drafted with one side first).
import { newEvent, type Plan, PlanCreate, uuidv7 } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertPartyRef, mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type CreatePlanInput = { processId: string } & z.input<typeof PlanCreate>;

export async function createPlan(ctx: CommandContext, input: CreatePlanInput): Promise<Plan> {
  const { id: processId, fields } = splitId(input, 'processId');
  const { audience: asked, ...plan } = validate(PlanCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'create-plan', 'process', process.resource, { what: 'process', id: processId });
    await assertPartyRef(tx, processId, 'mediatorPartyId', plan.mediatorPartyId);
    const audience = asked ?? process.entity.audience;
    await assertAudience(tx, processId, audience, process.entity.audience, 'audience');
    const id = uuidv7(ctx.clock().getTime());
    const scope = { processId, subjectId: id, audience };
    await tx.appendEvent(newEvent('plan.created', { id, processId, ...plan }, stamp(ctx, grant, scope)));
    return mustExist('plan', id, (i) => tx.plans.get(i));
  });
}
