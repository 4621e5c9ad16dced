import type { Party, ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PartyRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

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

export function partyRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): PartyRepository {
  return {
    async listByProcess(processId) {
      const rows = await db
        .selectFrom('parties')
        .selectAll()
        .where(visibleTo(scope, 'parties'))
        .where('process_id', '=', processId)
        .orderBy('id')
        .execute();
      return rows.map(toParty);
    },
    async get(id) {
      const row = await db
        .selectFrom('parties')
        .selectAll()
        .where(visibleTo(scope, 'parties'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toParty(row) : null;
    },
  };
}
