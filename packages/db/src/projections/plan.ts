import type { EventOf } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';

export function planRow(event: EventOf<'plan.created'>, logIndex: number): Insertable<Database['plans']> {
  const p = event.data;
  return {
    id: p.id,
    process_id: p.processId,
    title: p.title,
    mediator_party_id: p.mediatorPartyId,
    log_index: logIndex,
  };
}

const columns: ColumnMap = { title: { column: 'title' }, mediatorPartyId: { column: 'mediator_party_id' } };

export async function projectPlan(
  db: Kysely<Database>,
  event: EventOf<'plan.created' | 'plan.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'plan.created') await db.insertInto('plans').values(planRow(event, logIndex)).execute();
  else await updateRow(db, 'plans', event.data.id, patchColumns(event.data.changes, columns), logIndex);
}
