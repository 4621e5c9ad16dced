// Records a meeting or a call: when, who with whom, through which intermediary, about which version, a summary.
// Confidential by default to the mediators and the parties present (and the intermediary); it may be shared
// wider, never narrower. One `consultation.recorded` event.
import {
  admits,
  type Consultation,
  ConsultationCreate,
  type ConsultationCreateInput,
  covers,
  newEvent,
  partiesAudience,
  readScope,
  uuidv7,
} from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { namedVersion, partiesOfProcess } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type RecordConsultationInput = { processId: string } & ConsultationCreateInput;

export async function recordConsultation(
  ctx: CommandContext,
  input: RecordConsultationInput,
): Promise<Consultation> {
  const { id: processId, fields } = splitId(input, 'processId');
  const c = validate(ConsultationCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'record-consultation', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const refs = c.partyIds.map((id, i) => ({ path: `partyIds.${i}`, id }));
    if (c.viaPartyId !== null) refs.push({ path: 'viaPartyId', id: c.viaPartyId });
    const parties = await partiesOfProcess(tx, processId, refs);
    const present = partiesAudience([...c.partyIds, ...(c.viaPartyId === null ? [] : [c.viaPartyId])]);
    const audience = c.audience ?? present;
    if (!covers(audience, present))
      throw ruleBroken('a consultation is known to the parties present: its audience must include them', [
        { path: 'audience', message: 'must include every party present and the intermediary' },
      ]);
    await assertAudience(tx, processId, audience, process.entity.audience, 'audience');
    if (c.versionId !== null) {
      const scope = readScope(ctx.principal);
      await namedVersion(tx, processId, c.versionId, audience, parties, (v) =>
        admits(scope, v.processId, v.audience),
      );
    }
    const id = uuidv7(ctx.clock().getTime());
    const { audience: _, ...fieldsOnly } = c;
    const record = { id, processId, ...fieldsOnly };
    await tx.appendEvent(
      newEvent('consultation.recorded', record, stamp(ctx, grant, { processId, subjectId: id, audience })),
    );
    return mustExist('consultation', id, (i) => tx.consultations.get(i));
  });
}
