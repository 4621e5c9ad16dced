// Closes a motion (its council's chair or a mediator) and logs the outcome the council's rule gives on the votes
// cast: core's decideMotion, final, so a seat that has not voted is absent. A motion closes once voting time is
// over, or earlier when every voting seat has voted. One `motion.closed` event.
import { decideMotion, Id, type Motion, newEvent } from '@concord/core';
import { conflict } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { motionSubject } from './council-subject.ts';

export async function closeMotion(ctx: CommandContext, input: { motionId: string }): Promise<Motion> {
  const motionId = validate(Id, input?.motionId, ['motionId']);
  return writeAs(ctx, async (tx) => {
    const { council, motion, resource, scope } = await motionSubject(tx, motionId);
    const grant = permit(ctx, 'close-motion', 'council', resource, { what: 'motion', id: motionId });
    if (motion.closedAt !== null) throw conflict('this motion is already closed');
    const closedAt = ctx.clock().toISOString();
    const waiting = motion.outcome.tally.notVoted > 0;
    if (closedAt < motion.closesAt && waiting)
      throw conflict(`voting is open until ${motion.closesAt} and not every seat has voted`);
    const outcome = decideMotion(council.rule, council.members, motion.votes, { final: true });
    await tx.appendEvent(
      newEvent('motion.closed', { id: motionId, closedAt, outcome }, stamp(ctx, grant, scope)),
    );
    return (await motionSubject(tx, motionId)).motion;
  });
}
