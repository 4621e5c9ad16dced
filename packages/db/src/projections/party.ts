import type { EventOf } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';

export function partyRow(event: EventOf<'party.created'>, logIndex: number): Insertable<Database['parties']> {
  const p = event.data;
  return {
    id: p.id,
    process_id: p.processId,
    name: p.name,
    kind: p.kind,
    aliases: JSON.stringify(p.aliases),
    log_index: logIndex,
  };
}

const columns: ColumnMap = {
  name: { column: 'name' },
  kind: { column: 'kind' },
  aliases: { column: 'aliases', json: true },
};

export async function projectParty(
  db: Kysely<Database>,
  event: EventOf<'party.created' | 'party.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'party.created')
    await db.insertInto('parties').values(partyRow(event, logIndex)).execute();
  else await updateRow(db, 'parties', event.data.id, patchColumns(event.data.changes, columns), logIndex);
}
