import { newEvent, type Plan, PlanUpdate } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { assertPartyRef, mustExist, splitId } from './lookups.ts';
import { planSubject } from './subjects.ts';

export type UpdatePlanInput = { planId: string } & z.input<typeof PlanUpdate>;

export async function updatePlan(ctx: CommandContext, input: UpdatePlanInput): Promise<Plan> {
  const { id, fields } = splitId(input, 'planId');
  const changes = validate(PlanUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const plan = await planSubject(tx, id);
    const grant = permit(ctx, 'update', 'plan', plan.resource, { what: 'plan', id });
    await assertPartyRef(tx, plan.entity.processId, 'mediatorPartyId', changes.mediatorPartyId);
    await tx.appendEvent(newEvent('plan.updated', { id, changes }, stamp(ctx, grant, plan.scope)));
    return mustExist('plan', id, (i) => tx.plans.get(i));
  });
}
