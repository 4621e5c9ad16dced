import { newEvent, type Process, ProcessUpdate } from '@concord/core';
import type { z } from 'zod';
import { validate } from '../validate.ts';
import { type CommandContext, permit, stamp, writeAs } from './context.ts';
import { mustExist, splitId } from './lookups.ts';
import { processSubject } from './subjects.ts';

export type UpdateProcessInput = { processId: string } & z.input<typeof ProcessUpdate>;

export async function updateProcess(ctx: CommandContext, input: UpdateProcessInput): Promise<Process> {
  const { id, fields } = splitId(input, 'processId');
  const changes = validate(ProcessUpdate, fields);
  return writeAs(ctx, async (tx) => {
    const process = await processSubject(tx, id);
    const grant = permit(ctx, 'update', 'process', process.resource, { what: 'process', id });
    await tx.appendEvent(newEvent('process.updated', { id, changes }, stamp(ctx, grant, process.scope)));
    return mustExist('process', id, (i) => tx.processes.get(i));
  });
}
