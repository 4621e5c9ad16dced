import type { Process, ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ProcessRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

export function toProcess(r: Selectable<Database['processes']>): Process {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    createdAt: r.created_at,
    audience: rowAudience(r),
    logIndex: r.log_index,
  };
}

export function processRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): ProcessRepository {
  return {
    async list() {
      const rows = await db
        .selectFrom('processes')
        .selectAll()
        .where(visibleTo(scope, 'processes', 'id'))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toProcess);
    },
    async get(id) {
      const row = await db
        .selectFrom('processes')
        .selectAll()
        .where(visibleTo(scope, 'processes', 'id'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toProcess(row) : null;
    },
  };
}
