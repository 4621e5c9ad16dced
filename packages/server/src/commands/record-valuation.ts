// Records (or replaces) one party's confidential valuation of a plan: one transaction, one `valuation.recorded`
// event. The mediator of the plan's process may enter any of its parties' valuations, a party only its own.
// Recording again keeps the valuation's id, so "the valuation of party P for plan Q" is one object over time.
import {
  admits,
  eventToAppend,
  Id,
  type Point,
  partiesAudience,
  readScope,
  uuidv7,
  type Valuation,
  ValuationInput,
  type ValuationRecord,
  type Version,
  valuationEnteredBy,
} from '@concord/core';
import type { Tx } from '@concord/db';
import { wordingGroups } from '@concord/engine';
import type { z } from 'zod';
import { type FieldError, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { readPlanTexts } from './build-version-domain.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { partySubject, planSubject } from './subjects.ts';

export type RecordValuationInput = { planId: string; partyId: string } & z.input<typeof ValuationInput>;

export type RecordedValuation = { valuation: Valuation; created: boolean };

/** From code (the demo's loader, tests): the input is checked here, its edge. */
export async function recordValuation(
  ctx: CommandContext,
  input: RecordValuationInput,
): Promise<RecordedValuation> {
  const { planId, partyId, ...fields } = (input ?? {}) as RecordValuationInput;
  const ids = { plan: validate(Id, planId, ['planId']), party: validate(Id, partyId, ['partyId']) };
  return recordCheckedValuation(ctx, ids, validate(ValuationInput, fields));
}

/**
 * The valuation once its input was checked at the edge (the HTTP route's schemas, or recordValuation): checked
 * against the plan here, and its event validated once more only where the log appends it.
 */
export async function recordCheckedValuation(
  ctx: CommandContext,
  ids: { plan: string; party: string },
  valuation: ValuationInput,
): Promise<RecordedValuation> {
  return writeAs(ctx, async (tx) => {
    const subject = await planSubject(tx, ids.plan);
    const plan = subject.entity;
    permit(ctx, 'read', 'plan', subject.resource, { what: 'plan', id: plan.id });
    const { entity: party, resource: partyResource } = await partySubject(tx, ids.party);
    permit(ctx, 'read', 'party', partyResource, { what: 'party', id: party.id });
    if (party.processId !== plan.processId)
      throw ruleBroken(`party ${party.id} is not a party of the plan's process`, [
        { path: 'partyId', message: 'must be a party of the same process as the plan' },
      ]);
    const target = { processId: plan.processId, partyId: party.id };
    // A valuation the caller may not read does not exist for it (404), even to be overwritten.
    const grant = permit(ctx, 'record', 'valuation', target, { what: 'valuation for party', id: party.id });
    const readable = (v: Version) => admits(readScope(ctx.principal), plan.processId, v.audience);
    await assertPlanReferences(tx, plan.id, valuation.points, readable);
    const existing = await tx.valuations.get(plan.id, party.id);
    const record: ValuationRecord = {
      id: existing?.id ?? uuidv7(ctx.clock().getTime()),
      processId: plan.processId,
      planId: plan.id,
      partyId: party.id,
      enteredBy: valuationEnteredBy(grant.membership),
      reservation: valuation.reservation,
      points: valuation.points,
      note: valuation.note,
    };
    const scope = { processId: plan.processId, subjectId: record.id, audience: partiesAudience([party.id]) };
    await tx.appendEvent(eventToAppend('valuation.recorded', record, stamp(ctx, grant, scope)));
    const stored = await mustExist('valuation', record.id, () => tx.valuations.get(plan.id, party.id));
    return { valuation: stored, created: existing === null };
  });
}

/** At most this many field errors are listed; a body of a thousand strangers would otherwise echo back in full. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * Every valued lineage must be a point of the plan, and every wording a version of the plan. Versions that carry
 * the same wording of a point must be valued alike: the analysis takes the first of them, so a second, different
 * value would be recorded yet silently never used.
 */
async function assertPlanReferences(
  tx: Tx,
  planId: string,
  points: ValuationInput['points'],
  readable: (version: Version) => boolean,
): Promise<void> {
  const texts = await readPlanTexts(tx, planId);
  // Only versions the caller may read count: naming another would otherwise confirm that it exists.
  const versions = texts.versions.filter(readable);
  const shown = new Set(versions.map((v) => v.id));
  const planPoints = texts.points.filter((p) => shown.has(p.versionId));
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
    throw ruleBroken('the valuation names points or versions that are not part of this plan', capped(errors));
  const conflicts = sharedWordingConflicts(versions, planPoints, points);
  if (conflicts.length > 0)
    throw ruleBroken('the valuation gives one wording of a point two different values', capped(conflicts));
}

/** Values that differ between versions carrying one wording of a point (or both lacking it). */
function sharedWordingConflicts(
  versions: Version[],
  planPoints: Point[],
  points: ValuationInput['points'],
): FieldError[] {
  if (versions.length === 0) return [];
  // The wordings grouped by the domain's rule, without building the domain (no labels or titles needed here).
  const optionsOf = wordingGroups(versions, planPoints);
  const errors: FieldError[] = [];
  points.forEach((p, i) => {
    for (const option of optionsOf.get(p.lineageId) ?? []) {
      const valued = option.versionIds.flatMap((id, k) =>
        Object.hasOwn(p.values, id) ? [{ id, label: option.versionLabels[k], value: p.values[id] }] : [],
      );
      const [first, ...rest] = valued;
      for (const other of rest)
        if (first !== undefined && other.value !== first.value)
          errors.push({
            path: `points.${i}.values.${other.id}`,
            message: `"${other.label}" carries the same wording as "${first.label}", valued ${first.value}: one wording takes one value`,
          });
    }
  });
  return errors;
}

function capped(errors: FieldError[]): FieldError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: 'points', message: `and ${more} more like these` },
  ];
}
