// Grants an account a role in a process (the lead mediator, or the operator): one `membership.granted` event,
// so who may act for whom, and since when, is in the verifiable record.
import { Id, type Membership, MembershipGrant, newEvent, PROCESS, uuidv7 } from '@concord/core';
import type { z } from 'zod';
import { notFound, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type GrantMembershipInput = { processId: string } & z.input<typeof MembershipGrant>;

export async function grantMembership(ctx: CommandContext, input: GrantMembershipInput): Promise<Membership> {
  const { processId: rawId, ...fields } = (input ?? {}) as GrantMembershipInput;
  const processId = validate(Id, rawId, ['processId']);
  const grantInput = validate(MembershipGrant, fields);
  const account = await ctx.store.accounts.get(grantInput.accountId);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'manage-members', 'process', process.resource, {
      what: 'process',
      id: processId,
    });
    if (account === null || account.disabledAt !== null) throw notFound('account', grantInput.accountId);
    if (grantInput.partyId !== null) {
      const party = await tx.parties.get(grantInput.partyId);
      if (party === null || party.processId !== processId)
        throw ruleBroken('the party is not a party of this process', [
          { path: 'partyId', message: 'must be a party of the same process' },
        ]);
    }
    const id = uuidv7(ctx.clock().getTime());
    const record = { id, processId, ...grantInput, status: 'active' as const };
    await tx.appendEvent(
      newEvent(
        'membership.granted',
        record,
        stamp(ctx, grant, { processId, subjectId: id, audience: PROCESS }),
      ),
    );
    return mustExist('membership', id, (i) => tx.memberships.get(i));
  });
}
