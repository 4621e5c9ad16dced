// Opens a motion before a council (its chair or a mediator): a finding of a violation, activating a
// consequence, an amendment or an allocation of funds, with the time voting closes. One `motion.opened` event.
import { Id, type Motion, MotionInput, type MotionInputBody, newEvent, uuidv7 } from '@concord/core';
import { ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { councilSubject } from './council-subject.ts';
import { mustExist } from './lookups.ts';

export type OpenMotionInput = { councilId: string } & MotionInputBody;

export async function openMotion(ctx: CommandContext, input: OpenMotionInput): Promise<Motion> {
  const { councilId: rawId, ...fields } = (input ?? {}) as OpenMotionInput;
  const councilId = validate(Id, rawId, ['councilId']);
  const m = validate(MotionInput, fields);
  return writeAs(ctx, async (tx) => {
    const { council, resource, scope } = await councilSubject(tx, councilId);
    const grant = permit(ctx, 'open-motion', 'council', resource, { what: 'council', id: councilId });
    if (!council.members.some((s) => s.role !== 'observer'))
      throw ruleBroken('the council has no voting seat yet', [
        { path: 'councilId', message: 'add seats first' },
      ]);
    const openedAt = ctx.clock().toISOString();
    if (m.closesAt <= openedAt)
      throw ruleBroken('voting must close after the motion opens', [
        { path: 'closesAt', message: `must be after ${openedAt}` },
      ]);
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, councilId, ...m, openedAt };
    await tx.appendEvent(newEvent('motion.opened', record, stamp(ctx, grant, scope)));
    const after = await mustExist('council', councilId, (i) => tx.councils.get(i));
    return after.motions.find((x) => x.id === id) as Motion;
  });
}
