import type { Party } from '@concord/core';
import { newEvent, PartyUpdate } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { mustExist, splitId, validActor } from './lookups.ts';

export type UpdatePartyInput = { partyId: string } & z.input<typeof PartyUpdate>;

export async function updateParty(store: Store, input: UpdatePartyInput, actor: string): Promise<Party> {
  const { id, fields } = splitId(input, 'partyId');
  const changes = validate(PartyUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    await mustExist('party', id, (i) => tx.parties.get(i));
    await tx.appendEvent(newEvent('party.updated', { id, changes }, { actor: by }));
    return mustExist('party', id, (i) => tx.parties.get(i));
  });
}
