import type { Party } from '@concord/core';
import { newEvent, PartyCreate, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { mustExist, splitId, validActor } from './lookups.ts';

export type CreatePartyInput = { processId: string } & z.input<typeof PartyCreate>;

export async function createParty(store: Store, input: CreatePartyInput, actor: string): Promise<Party> {
  const { id: processId, fields } = splitId(input, 'processId');
  const party = validate(PartyCreate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    await mustExist('process', processId, (i) => tx.processes.get(i));
    const id = uuidv7();
    await tx.appendEvent(newEvent('party.created', { id, processId, ...party }, { actor: by }));
    return mustExist('party', id, (i) => tx.parties.get(i));
  });
}
