import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

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
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = { title: { column: 'title' }, description: { column: 'description' } };

export function processOps(
  event: EventOf<'process.created' | 'process.updated'>,
  logIndex: number,
): ProjectionOp[] {
  if (event.type === 'process.created')
    return [{ kind: 'insert', table: 'processes', rows: [processRow(event, logIndex)] }];
  const set = patchColumns(event.data.changes, columns);
  return [{ kind: 'update', table: 'processes', id: event.data.id, set, logIndex }];
}
