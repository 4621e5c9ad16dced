// Adds a seat to a council (a mediator does): chair, member or observer, held by a person or for a party, and
// voted from the account named, which must hold a council membership of the process. Seats are fixed while a
// motion is open, so the seats a motion is decided by are the seats it was opened before. One event.
import { CouncilMemberInput, type CouncilMemberInputBody, Id, newEvent, uuidv7 } from '@concord/core';
import type { Repositories } from '@concord/db';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { councilSubject } from './council-subject.ts';
import { mustExist } from './lookups.ts';

export type AddCouncilMemberInput = { councilId: string } & CouncilMemberInputBody;

export async function addCouncilMember(ctx: CommandContext, input: AddCouncilMemberInput) {
  const { councilId: rawId, ...fields } = (input ?? {}) as AddCouncilMemberInput;
  const councilId = validate(Id, rawId, ['councilId']);
  const seat = validate(CouncilMemberInput, fields);
  return writeAs(ctx, async (tx) => {
    const { council, resource, scope } = await councilSubject(tx, councilId);
    const grant = permit(ctx, 'add-member', 'council', resource, { what: 'council', id: councilId });
    if (council.motions.some((m) => m.closedAt === null))
      throw conflict('a motion is open: seats are fixed until it is closed');
    if (seat.role === 'chair' && council.members.some((m) => m.role === 'chair'))
      throw ruleBroken('the council already has a chair', [
        { path: 'role', message: 'one chair per council' },
      ]);
    await assertSeatRefs(tx, council.processId, seat);
    if (seat.accountId !== null && council.members.some((m) => m.accountId === seat.accountId))
      throw ruleBroken('this account already holds a seat', [
        { path: 'accountId', message: 'one seat per account' },
      ]);
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, councilId, ...seat };
    await tx.appendEvent(newEvent('council.member-added', record, stamp(ctx, grant, scope)));
    const after = await mustExist('council', councilId, (i) => tx.councils.get(i));
    return after.members.find((m) => m.id === id) as (typeof after.members)[number];
  });
}

/** A seat's party is one of the process's, and its account holds an active council membership there. */
export async function assertSeatRefs(
  tx: Repositories,
  processId: string,
  seat: CouncilMemberInput,
  prefix = '',
) {
  if (seat.partyId !== null) {
    const party = await tx.parties.get(seat.partyId);
    if (party === null || party.processId !== processId)
      throw ruleBroken(`party ${seat.partyId} is not a party of this process`, [
        { path: `${prefix}partyId`, message: 'must be a party of the same process' },
      ]);
  }
  if (seat.accountId === null) return;
  const memberships = await tx.memberships.listByProcess(processId);
  const holds = memberships.some(
    (m) => m.accountId === seat.accountId && m.role === 'council' && m.status === 'active',
  );
  if (!holds)
    throw ruleBroken('the account holds no active council membership in this process', [
      { path: `${prefix}accountId`, message: 'grant the account a council membership first' },
    ]);
}
