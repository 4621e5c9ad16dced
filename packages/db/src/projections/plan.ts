import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function planRow(event: EventOf<'plan.created'>, logIndex: number): Insertable<Database['plans']> {
  const p = event.data;
  return {
    id: p.id,
    process_id: p.processId,
    title: p.title,
    mediator_party_id: p.mediatorPartyId,
    languages: JSON.stringify(p.languages),
    log_index: logIndex,
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = {
  title: { column: 'title' },
  mediatorPartyId: { column: 'mediator_party_id' },
  languages: { column: 'languages', json: true },
};

export function planOps(event: EventOf<'plan.created' | 'plan.updated'>, logIndex: number): ProjectionOp[] {
  if (event.type === 'plan.created')
    return [{ kind: 'insert', table: 'plans', rows: [planRow(event, logIndex)] }];
  const set = patchColumns(event.data.changes, columns);
  return [{ kind: 'update', table: 'plans', id: event.data.id, set, logIndex }];
}
