import type { Plan, ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PlanRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

export function toPlan(r: Selectable<Database['plans']>): Plan {
  return {
    id: r.id,
    processId: r.process_id,
    title: r.title,
    mediatorPartyId: r.mediator_party_id,
    languages: r.languages as string[],
    audience: rowAudience(r),
    logIndex: r.log_index,
  };
}

export function planRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): PlanRepository {
  return {
    async listByProcess(processId) {
      const rows = await db
        .selectFrom('plans')
        .selectAll()
        .where(visibleTo(scope, 'plans'))
        .where('process_id', '=', processId)
        .orderBy('id')
        .execute();
      return rows.map(toPlan);
    },
    async get(id) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where(visibleTo(scope, 'plans'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toPlan(row) : null;
    },
  };
}
