import type { Party } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PartyRepository } from '../store.ts';

export function toParty(r: Selectable<Database['parties']>): Party {
  return {
    id: r.id,
    processId: r.process_id,
    name: r.name,
    kind: r.kind as Party['kind'],
    aliases: r.aliases as string[],
    logIndex: r.log_index,
  };
}

export function partyRepository(db: Kysely<Database>): PartyRepository {
  return {
    async listByProcess(processId) {
      const rows = await db
        .selectFrom('parties')
        .selectAll()
        .where('process_id', '=', processId)
        .orderBy('id')
        .execute();
      return rows.map(toParty);
    },
    async get(id) {
      const row = await db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toParty(row) : null;
    },
  };
}
