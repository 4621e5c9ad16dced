import type { EventOf } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';

export function processRow(
  event: EventOf<'process.created'>,
  logIndex: number,
): Insertable<Database['processes']> {
  const p = event.data;
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    created_at: p.createdAt,
    log_index: logIndex,
  };
}

const columns: ColumnMap = { title: { column: 'title' }, description: { column: 'description' } };

export async function projectProcess(
  db: Kysely<Database>,
  event: EventOf<'process.created' | 'process.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'process.created')
    await db.insertInto('processes').values(processRow(event, logIndex)).execute();
  else await updateRow(db, 'processes', event.data.id, patchColumns(event.data.changes, columns), logIndex);
}
