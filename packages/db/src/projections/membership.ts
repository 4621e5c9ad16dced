// Memberships: one row per membership, its status following `membership.changed`.
import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function membershipRow(
  event: EventOf<'membership.granted'>,
  logIndex: number,
): Insertable<Database['memberships']> {
  const m = event.data;
  return {
    id: m.id,
    process_id: m.processId,
    account_id: m.accountId,
    role: m.role,
    rank: m.rank,
    party_id: m.partyId,
    name: m.name,
    status: m.status,
    log_index: logIndex,
    ...audienceColumns(event),
  };
}

export function membershipOps(
  event: EventOf<'membership.granted' | 'membership.changed'>,
  logIndex: number,
): ProjectionOp[] {
  if (event.type === 'membership.granted')
    return [{ kind: 'insert', table: 'memberships', rows: [membershipRow(event, logIndex)] }];
  return [
    { kind: 'update', table: 'memberships', id: event.data.id, set: { status: event.data.status }, logIndex },
  ];
}
