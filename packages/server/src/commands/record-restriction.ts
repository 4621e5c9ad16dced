// Records a restriction of the monitors' movement (a monitor, a mediator or the operator): a denial at a
// checkpoint, a delay, an escort imposed. Missions report these apart from incidents. One `restriction.recorded`.
import { Id, newEvent, uuidv7 } from '@concord/core';
import { type RestrictionEntry, RestrictionInput } from '@concord/core/monitoring';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { processSubject } from './subjects.ts';

export type RecordRestrictionInput = { processId: string } & z.input<typeof RestrictionInput>;

export async function recordRestriction(
  ctx: CommandContext,
  input: RecordRestrictionInput,
): Promise<RestrictionEntry> {
  const { processId: rawId, ...fields } = (input ?? {}) as RecordRestrictionInput;
  const processId = validate(Id, rawId, ['processId']);
  const restriction = validate(RestrictionInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'record-restriction', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    const id = uuidv7(ctx.clock().getTime());
    const scope = { ...process.scope, subjectId: id };
    await tx.appendEvent(
      newEvent('restriction.recorded', { id, processId, restriction }, stamp(ctx, grant, scope)),
    );
    const all = await tx.monitoring.restrictions(processId);
    return all.find((r) => r.id === id) as RestrictionEntry;
  });
}
