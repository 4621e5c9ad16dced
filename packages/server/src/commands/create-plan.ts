import type { Plan } from '@concord/core';
import { newEvent, PlanCreate, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { assertPartyRef, mustExist, splitId, validActor } from './lookups.ts';

export type CreatePlanInput = { processId: string } & z.input<typeof PlanCreate>;

export async function createPlan(store: Store, input: CreatePlanInput, actor: string): Promise<Plan> {
  const { id: processId, fields } = splitId(input, 'processId');
  const plan = validate(PlanCreate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    await mustExist('process', processId, (i) => tx.processes.get(i));
    await assertPartyRef(tx, processId, 'mediatorPartyId', plan.mediatorPartyId);
    const id = uuidv7();
    await tx.appendEvent(newEvent('plan.created', { id, processId, ...plan }, { actor: by }));
    return mustExist('plan', id, (i) => tx.plans.get(i));
  });
}
