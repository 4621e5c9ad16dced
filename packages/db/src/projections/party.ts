import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function partyRow(event: EventOf<'party.created'>, logIndex: number): Insertable<Database['parties']> {
  const p = event.data;
  return {
    id: p.id,
    process_id: p.processId,
    name: p.name,
    kind: p.kind,
    aliases: JSON.stringify(p.aliases),
    log_index: logIndex,
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = {
  name: { column: 'name' },
  kind: { column: 'kind' },
  aliases: { column: 'aliases', json: true },
};

export function partyOps(
  event: EventOf<'party.created' | 'party.updated'>,
  logIndex: number,
): ProjectionOp[] {
  if (event.type === 'party.created')
    return [{ kind: 'insert', table: 'parties', rows: [partyRow(event, logIndex)] }];
  const set = patchColumns(event.data.changes, columns);
  return [{ kind: 'update', table: 'parties', id: event.data.id, set, logIndex }];
}
