// Suspends, reinstates or ends a membership, with a reason the history keeps. Ending is final; and the last
// active lead mediator cannot be removed (the operator can still grant a new one), so a process is never left
// without anyone able to run it by accident.
import { Id, leadsProcess, type Membership, MembershipChange, newEvent } from '@concord/core';
import type { z } from 'zod';
import { conflict, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { membershipSubject } from './subjects.ts';

export type ChangeMembershipInput = { membershipId: string } & z.input<typeof MembershipChange>;

export async function changeMembership(
  ctx: CommandContext,
  input: ChangeMembershipInput,
): Promise<Membership> {
  const { membershipId, ...fields } = (input ?? {}) as ChangeMembershipInput;
  const id = validate(Id, membershipId, ['membershipId']);
  const change = validate(MembershipChange, fields);
  return writeAs(ctx, async (tx) => {
    const subject = await membershipSubject(tx, id);
    const membership = subject.entity;
    const grant = permit(
      ctx,
      'manage',
      'membership',
      { processId: membership.processId, accountId: membership.accountId },
      { what: 'membership', id },
    );
    if (membership.status === 'ended') throw conflict('this membership has ended; grant a new one instead');
    if (membership.status === change.status) throw conflict(`this membership is already ${change.status}`);
    if (change.status !== 'active' && leadsProcess(membership)) {
      const leads = (await tx.memberships.listByProcess(membership.processId)).filter(
        (m) => leadsProcess(m) && m.status === 'active',
      );
      if (leads.length <= 1)
        throw ruleBroken('this is the last active lead mediator of the process: grant another first', [
          { path: 'status', message: 'a process keeps at least one active lead mediator' },
        ]);
    }
    await tx.appendEvent(
      newEvent(
        'membership.changed',
        { id, status: change.status, reason: change.reason },
        stamp(ctx, grant, subject.scope),
      ),
    );
    return mustExist('membership', id, (i) => tx.memberships.get(i));
  });
}
