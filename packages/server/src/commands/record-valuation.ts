// Records (or replaces) one party's confidential valuation of a plan: one transaction, one `valuation.recorded`
// event. The mediator of the plan's process may enter any of its parties' valuations, a party only its own.
// Recording again keeps the valuation's id, so "the valuation of party P for plan Q" is one object over time.
import {
  actorOf,
  canRecordValuation,
  Id,
  newEvent,
  type Principal,
  uuidv7,
  type Valuation,
  ValuationInput,
  type ValuationRecord,
} from '@concord/core';
import type { Store, Tx } from '@concord/db';
import type { z } from 'zod';
import { type FieldError, forbidden, ruleBroken, unauthenticated } from '../problems.ts';
import { validate } from '../validate.ts';
import { readPlanTexts } from './build-version-domain.ts';
import { mustExist } from './lookups.ts';

export type RecordValuationInput = { planId: string; partyId: string } & z.input<typeof ValuationInput>;

export type RecordedValuation = { valuation: Valuation; created: boolean };

export async function recordValuation(
  store: Store,
  input: RecordValuationInput,
  principal: Principal | null,
): Promise<RecordedValuation> {
  const { planId, partyId, ...fields } = (input ?? {}) as RecordValuationInput;
  const ids = { plan: validate(Id, planId, ['planId']), party: validate(Id, partyId, ['partyId']) };
  const valuation = validate(ValuationInput, fields);
  if (principal === null) throw unauthenticated('recording a valuation needs an access key');
  return store.transact(async (tx) => {
    const plan = await mustExist('plan', ids.plan, (id) => tx.plans.get(id));
    const party = await mustExist('party', ids.party, (id) => tx.parties.get(id));
    if (!canRecordValuation(principal, { processId: plan.processId, partyId: party.id }))
      throw forbidden('this access key may not record a valuation for this party');
    if (party.processId !== plan.processId)
      throw ruleBroken(`party ${party.id} is not a party of the plan's process`, [
        { path: 'partyId', message: 'must be a party of the same process as the plan' },
      ]);
    await assertPlanReferences(tx, plan.id, valuation.points);
    const existing = await tx.valuations.get(plan.id, party.id);
    const record: ValuationRecord = {
      id: existing?.id ?? uuidv7(),
      processId: plan.processId,
      planId: plan.id,
      partyId: party.id,
      enteredBy: principal.role,
      reservation: valuation.reservation,
      points: valuation.points,
      note: valuation.note,
    };
    await tx.appendEvent(newEvent('valuation.recorded', record, { actor: actorOf(principal) }));
    const stored = await mustExist('valuation', record.id, () => tx.valuations.get(plan.id, party.id));
    return { valuation: stored, created: existing === null };
  });
}

/** Every valued lineage must be a point of the plan, and every wording a version of the plan. */
async function assertPlanReferences(tx: Tx, planId: string, points: ValuationInput['points']): Promise<void> {
  const { versions, points: planPoints } = await readPlanTexts(tx, planId);
  const lineages = new Set(planPoints.map((p) => p.lineageId));
  const versionIds = new Set(versions.map((v) => v.id));
  const errors: FieldError[] = [];
  points.forEach((p, i) => {
    if (!lineages.has(p.lineageId))
      errors.push({ path: `points.${i}.lineageId`, message: 'is not a point of this plan' });
    for (const versionId of Object.keys(p.values))
      if (!versionIds.has(versionId))
        errors.push({ path: `points.${i}.values.${versionId}`, message: 'is not a version of this plan' });
  });
  if (errors.length > 0)
    throw ruleBroken('the valuation names points or versions that are not part of this plan', errors);
}
