// Records a milestone of a process (a mediator or the operator): the signature, an acceptance, a release — what
// commitments' due rules count from ("within 72 hours of acceptance"). Once per key; not in the future by the
// clock. One `milestone.recorded` event, as public as the process.
import { Id, type Milestone, MilestoneInput, type MilestoneInputBody, newEvent, uuidv7 } from '@concord/core';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { processSubject } from './subjects.ts';

export type RecordMilestoneInput = { processId: string } & MilestoneInputBody;

export async function recordMilestone(ctx: CommandContext, input: RecordMilestoneInput): Promise<Milestone> {
  const { processId: rawId, ...fields } = (input ?? {}) as RecordMilestoneInput;
  const processId = validate(Id, rawId, ['processId']);
  const m = validate(MilestoneInput, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'record-milestone', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    if (Date.parse(m.occurredAt) > ctx.clock().getTime())
      throw ruleBroken('a milestone is recorded once it has happened', [
        { path: 'occurredAt', message: 'must not be in the future' },
      ]);
    const existing = await tx.tracking.milestones(processId);
    if (existing.some((x) => x.key === m.key)) throw conflict(`the milestone ${m.key} is already recorded`);
    const record = { id: uuidv7(ctx.clock().getTime()), processId, ...m };
    await tx.appendEvent(newEvent('milestone.recorded', record, stamp(ctx, grant, process.scope)));
    const after = await tx.tracking.milestones(processId);
    return after.find((x) => x.id === record.id) as Milestone;
  });
}
