import { newEvent, type Party, PartyUpdate } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { partySubject } from './subjects.ts';

export type UpdatePartyInput = { partyId: string } & z.input<typeof PartyUpdate>;

export async function updateParty(ctx: CommandContext, input: UpdatePartyInput): Promise<Party> {
  const { id, fields } = splitId(input, 'partyId');
  const changes = validate(PartyUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const party = await partySubject(tx, id);
    const grant = permit(ctx, 'update', 'party', party.resource, { what: 'party', id });
    await tx.appendEvent(newEvent('party.updated', { id, changes }, stamp(ctx, grant, party.scope)));
    return mustExist('party', id, (i) => tx.parties.get(i));
  });
}
