import type { Process } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ProcessRepository } from '../store.ts';

export function toProcess(r: Selectable<Database['processes']>): Process {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    createdAt: r.created_at,
    logIndex: r.log_index,
  };
}

export function processRepository(db: Kysely<Database>): ProcessRepository {
  return {
    async list() {
      const rows = await db.selectFrom('processes').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toProcess);
    },
    async get(id) {
      const row = await db.selectFrom('processes').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toProcess(row) : null;
    },
  };
}
