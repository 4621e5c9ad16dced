// A released copy: one row per `copy.released`, with the text as released.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

export function releasedCopyOps(event: EventOf<'copy.released'>, logIndex: number): ProjectionOp[] {
  const c = event.data;
  const row = {
    id: c.id,
    version_id: c.versionId,
    process_id: c.processId,
    party_id: c.recipient.partyId,
    account_id: c.recipient.accountId,
    language: c.language,
    copy_hash: c.copyHash,
    formats: JSON.stringify(c.formats),
    sites: c.sites,
    copy: JSON.stringify(c.copy),
    released_at: event.at,
    released_by: event.actor,
    log_index: logIndex,
  };
  return [{ kind: 'insert', table: 'released_copies', rows: [row] }];
}
