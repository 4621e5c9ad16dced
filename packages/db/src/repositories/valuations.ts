import type { ReadScope } from '@concord/core';
import { isUuid, Valuation } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ValuationRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

// The body is parsed with the core schema, not cast: a row corrupted in the database fails loudly here rather
// than feeding a wrong weight or value into an analysis.
export function toValuation(r: Selectable<Database['valuations']>): Valuation {
  return Valuation.parse({ ...(r.body as object), logIndex: r.log_index });
}

// A valuation is its party's confidential position: its delegates and the mediators read it, not an observer or
// an intermediary acting for the same party (the policy's valuation.read).
const DELEGATES_ONLY = { delegatesOnly: true };

export function valuationRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): ValuationRepository {
  return {
    // A malformed id matches nothing; sent to a uuid column it would be an error that aborts the transaction.
    async listByPlan(planId) {
      if (!isUuid(planId)) return [];
      const rows = await db
        .selectFrom('valuations')
        .selectAll()
        .where(visibleTo(scope, 'valuations', 'process_id', DELEGATES_ONLY))
        .where('plan_id', '=', planId)
        .orderBy('party_id')
        .execute();
      return rows.map(toValuation);
    },
    async get(planId, partyId) {
      if (!isUuid(planId) || !isUuid(partyId)) return null;
      const row = await db
        .selectFrom('valuations')
        .selectAll()
        .where(visibleTo(scope, 'valuations', 'process_id', DELEGATES_ONLY))
        .where('plan_id', '=', planId)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      return row ? toValuation(row) : null;
    },
  };
}
