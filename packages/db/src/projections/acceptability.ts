// A party's sealed marks on a version: one row per (version, party), replaced by every new marking (the log
// keeps every one). The row's audience is the event's: its party alone.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function acceptabilityOps(event: EventOf<'acceptability.marked'>, logIndex: number): ProjectionOp[] {
  const m = event.data;
  const row = {
    id: m.id,
    process_id: m.processId,
    plan_id: m.planId,
    version_id: m.versionId,
    party_id: m.partyId,
    body: JSON.stringify(m),
    log_index: logIndex,
    ...audienceColumns(event),
  };
  return [{ kind: 'upsert', table: 'acceptability_marks', row, conflict: ['version_id', 'party_id'] }];
}
