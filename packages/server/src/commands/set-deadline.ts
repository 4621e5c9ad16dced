// Sets a deadline on a process or one of its versions ("accept by 27 November", "a deal by the end of the
// year"). It is read by who reads what it is on, unless set narrower. One `deadline.set` event.
import { type Deadline, DeadlineCreate, type DeadlineCreateInput, newEvent, uuidv7 } from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { assertAudience } from './audience-rules.ts';
import { pastOrNow } from './briefing-rules.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type SetDeadlineInput = { processId: string } & DeadlineCreateInput;

export async function setDeadline(ctx: CommandContext, input: SetDeadlineInput): Promise<Deadline> {
  const { id: processId, fields } = splitId(input, 'processId');
  const d = validate(DeadlineCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'set-deadline', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    let within = process.entity.audience;
    if (d.versionId !== null) {
      const version = await tx.versions.get(d.versionId);
      const plan = version === null ? null : await tx.plans.get(version.planId);
      if (version === null || plan === null || plan.processId !== processId)
        throw ruleBroken(`versionId ${d.versionId} is not a version of this process`, [
          { path: 'versionId', message: 'must be a version of the same process' },
        ]);
      within = version.audience;
    }
    const audience = d.audience ?? within;
    await assertAudience(tx, processId, audience, within, 'audience');
    const setAt = pastOrNow(ctx, d.setAt, 'setAt');
    const id = uuidv7(ctx.clock().getTime());
    const record = {
      id,
      processId,
      versionId: d.versionId,
      title: d.title,
      dueAt: d.dueAt,
      setAt,
      setBy: d.setBy,
      note: d.note,
    };
    await tx.appendEvent(
      newEvent('deadline.set', record, stamp(ctx, grant, { processId, subjectId: id, audience })),
    );
    return mustExist('deadline', id, (i) => tx.deadlines.get(i));
  });
}
