// Sets up a council for a process (the mediators do): its name, mandate and decision rule; seats are added
// next. One `council.created` event. Its audience (public unless asked otherwise, never wider than the
// process's) is that of everything under it.
import { type Council, CouncilCreate, type CouncilCreateBody, Id, newEvent, uuidv7 } from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type CreateCouncilInput = { processId: string } & CouncilCreateBody;

export async function createCouncil(ctx: CommandContext, input: CreateCouncilInput): Promise<Council> {
  const { processId: rawId, ...fields } = (input ?? {}) as CreateCouncilInput;
  const processId = validate(Id, rawId, ['processId']);
  const c = validate(CouncilCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'create-council', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    // Seats get their ids when added, so a rule cannot name a veto before there is a seat to hold it.
    if (c.rule.vetoHolders.length > 0)
      throw ruleBroken('name veto holders once their seats are added', [
        { path: 'rule.vetoHolders', message: 'must be empty when the council is created' },
      ]);
    await assertAudience(tx, processId, c.audience, process.entity.audience, 'audience');
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, processId, name: c.name, mandate: c.mandate, rule: c.rule };
    const scope = { processId, subjectId: id, audience: c.audience };
    await tx.appendEvent(newEvent('council.created', record, stamp(ctx, grant, scope)));
    return mustExist('council', id, (i) => tx.councils.get(i));
  });
}
