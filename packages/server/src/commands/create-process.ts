import type { Process } from '@concord/core';
import { newEvent, nowIso, ProcessCreate, uuidv7 } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { mustExist, validActor } from './lookups.ts';

export type CreateProcessInput = z.input<typeof ProcessCreate>;

export async function createProcess(
  store: Store,
  input: CreateProcessInput,
  actor: string,
): Promise<Process> {
  const fields = validate(ProcessCreate, input);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    const id = uuidv7();
    await tx.appendEvent(newEvent('process.created', { id, createdAt: nowIso(), ...fields }, { actor: by }));
    return mustExist('process', id, (i) => tx.processes.get(i));
  });
}
