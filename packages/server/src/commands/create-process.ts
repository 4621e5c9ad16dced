// Opens a process. The operator may open one for any account (or none yet); an account the operator allowed
// opens one for itself. The owner becomes the process's lead mediator in the same transaction, so a process is
// never without someone who can run it.
import { Id, newEvent, PROCESS, type Process, ProcessCreate, uuidv7 } from '@concord/core';
import type { z } from 'zod';
import { notFound, ruleBroken } from '../problems.ts';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist } from './lookups.ts';

export type CreateProcessInput = z.input<typeof ProcessCreate> & {
  /** Operator only: the account that becomes the lead mediator. An account opening a process owns it. */
  ownerAccountId?: string;
};

export async function createProcess(ctx: CommandContext, input: CreateProcessInput): Promise<Process> {
  const { ownerAccountId, ...fields } = (input ?? {}) as CreateProcessInput;
  const process = validate(ProcessCreate, fields);
  const grant = permit(ctx, 'open-process', 'platform', {}, { what: 'process', id: '' });
  const owner = await ownerOf(ctx, ownerAccountId);
  return writeAs(ctx, async (tx) => {
    const id = uuidv7(ctx.clock().getTime());
    const at = ctx.clock().toISOString();
    const scope = { processId: id, subjectId: id, audience: process.audience };
    await tx.appendEvent(
      newEvent(
        'process.created',
        { id, createdAt: at, title: process.title, description: process.description },
        stamp(ctx, grant, scope),
      ),
    );
    if (owner !== null) {
      const membershipId = uuidv7(ctx.clock().getTime());
      const record = {
        id: membershipId,
        processId: id,
        accountId: owner.id,
        role: 'mediator',
        rank: 'lead',
        partyId: null,
        name: owner.name,
        status: 'active',
      } as const;
      await tx.appendEvent(
        newEvent(
          'membership.granted',
          record,
          stamp(ctx, grant, { processId: id, subjectId: membershipId, audience: PROCESS }),
        ),
      );
    }
    return mustExist('process', id, (i) => tx.processes.get(i));
  });
}

async function ownerOf(ctx: CommandContext, ownerAccountId: string | undefined) {
  const principal = ctx.principal;
  if (principal?.kind === 'account') {
    if (ownerAccountId !== undefined && ownerAccountId !== principal.accountId)
      throw ruleBroken('you open a process for yourself', [
        { path: 'ownerAccountId', message: 'leave it out' },
      ]);
    return mustExist('account', principal.accountId, (i) => ctx.store.accounts.get(i));
  }
  if (ownerAccountId === undefined) return null;
  const id = validate(Id, ownerAccountId, ['ownerAccountId']);
  const account = await ctx.store.accounts.get(id);
  if (account === null || account.disabledAt !== null) throw notFound('account', id);
  return account;
}
