// A party's valuation of a plan: one row per (plan, party). Recording again replaces the row (the log keeps
// every recorded version; the read table holds the current one).
import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function valuationRow(
  event: EventOf<'valuation.recorded'>,
  logIndex: number,
): Insertable<Database['valuations']> {
  const v = event.data;
  return {
    id: v.id,
    process_id: v.processId,
    plan_id: v.planId,
    party_id: v.partyId,
    body: JSON.stringify(v),
    log_index: logIndex,
    ...audienceColumns(event),
  };
}

export function valuationOps(event: EventOf<'valuation.recorded'>, logIndex: number): ProjectionOp[] {
  return [
    {
      kind: 'upsert',
      table: 'valuations',
      row: valuationRow(event, logIndex),
      conflict: ['plan_id', 'party_id'],
    },
  ];
}
