import type { Process } from '@concord/core';
import { newEvent, ProcessUpdate } from '@concord/core';
import type { Store } from '@concord/db';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { mustExist, splitId, validActor } from './lookups.ts';

export type UpdateProcessInput = { processId: string } & z.input<typeof ProcessUpdate>;

export async function updateProcess(
  store: Store,
  input: UpdateProcessInput,
  actor: string,
): Promise<Process> {
  const { id, fields } = splitId(input, 'processId');
  const changes = validate(ProcessUpdate, fields);
  const by = validActor(actor);
  return store.transact(async (tx) => {
    await mustExist('process', id, (i) => tx.processes.get(i));
    await tx.appendEvent(newEvent('process.updated', { id, changes }, { actor: by }));
    return mustExist('process', id, (i) => tx.processes.get(i));
  });
}
