import { newEvent, type Party, PartyCreate, uuidv7 } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type CreatePartyInput = { processId: string } & z.input<typeof PartyCreate>;

export async function createParty(ctx: CommandContext, input: CreatePartyInput): Promise<Party> {
  const { id: processId, fields } = splitId(input, 'processId');
  const party = validate(PartyCreate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, processId);
    const grant = permit(ctx, 'add-party', 'process', process.resource, { what: 'process', id: processId });
    const id = uuidv7(ctx.clock().getTime());
    await tx.appendEvent(
      newEvent('party.created', { id, processId, ...party }, stamp(ctx, grant, process.scope)),
    );
    return mustExist('party', id, (i) => tx.parties.get(i));
  });
}
