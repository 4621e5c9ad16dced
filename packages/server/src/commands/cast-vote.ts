// A vote on an open motion, for one seat, once. The seat's own account casts it in its council membership; a
// mediator may record it from the council's minutes (the record says which). Nobody votes for another seat, an
// observer never votes, and a second vote for a seat is refused rather than taken as a change of mind (what a
// seat said stays what it said). One `vote.cast` event; the actor names who cast or recorded it.
import { authorize, Id, type Motion, newEvent, uuidv7, VoteInput, type VoteInputBody } from '@concord/core';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { motionSubject } from './council-subject.ts';

export type CastVoteInput = { motionId: string } & VoteInputBody;

export async function castVote(ctx: CommandContext, input: CastVoteInput): Promise<Motion> {
  const { motionId: rawId, ...fields } = (input ?? {}) as CastVoteInput;
  const motionId = validate(Id, rawId, ['motionId']);
  const v = validate(VoteInput, fields);
  return writeAs(ctx, async (tx) => {
    const { council, motion, resource, scope } = await motionSubject(tx, motionId);
    const addressed = { what: 'motion', id: motionId };
    permit(ctx, 'read', 'council', resource, addressed);
    const seat = council.members.find((m) => m.id === v.memberId);
    if (seat === undefined) {
      // Only who may record any seat's vote learns that the seat named is not one: others are refused as such.
      permit(ctx, 'record-vote', 'council', resource, addressed);
      throw ruleBroken('no such seat on this council', [
        { path: 'memberId', message: 'must be a seat of the council' },
      ]);
    }
    const target = { ...resource, accountId: seat.accountId, role: seat.role };
    const own = authorize(ctx.principal, 'vote', 'council-seat', target);
    const grant = own.allowed ? own.grant : permit(ctx, 'record-vote', 'council', resource, addressed);
    if (seat.role === 'observer')
      throw ruleBroken('an observer does not vote', [{ path: 'memberId', message: 'must be a voting seat' }]);
    const now = ctx.clock().toISOString();
    if (motion.closedAt !== null) throw conflict('this motion is closed');
    if (now > motion.closesAt) throw conflict(`voting on this motion closed at ${motion.closesAt}`);
    if (motion.votes.some((x) => x.memberId === seat.id))
      throw conflict(`${seat.name} has already voted on this motion`);
    const record = {
      id: uuidv7(ctx.clock().getTime()),
      motionId,
      ...v,
      recordedBy: own.allowed ? 'member' : 'mediator',
    } as const;
    await tx.appendEvent(newEvent('vote.cast', record, stamp(ctx, grant, scope)));
    return (await motionSubject(tx, motionId)).motion;
  });
}
