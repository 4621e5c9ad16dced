import type { Plan } from '@concord/core';
import { newEvent, PlanUpdate } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { assertPartyRef, mustExist, splitId, validActor } from './lookups.ts';

export type UpdatePlanInput = { planId: string } & z.input<typeof PlanUpdate>;

export async function updatePlan(store: Store, input: UpdatePlanInput, actor: string): Promise<Plan> {
  const { id, fields } = splitId(input, 'planId');
  const changes = validate(PlanUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    const plan = await mustExist('plan', id, (i) => tx.plans.get(i));
    await assertPartyRef(tx, plan.processId, 'mediatorPartyId', changes.mediatorPartyId);
    await tx.appendEvent(newEvent('plan.updated', { id, changes }, { actor: by }));
    return mustExist('plan', id, (i) => tx.plans.get(i));
  });
}
