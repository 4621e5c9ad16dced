// Deliveries, consultations and statements: one row per record. A delivery also widens its version: the version's
// audience becomes the event's `versionAudience` (and its points', commitments' and log entries' with it), and a
// working draft becomes circulated, so it is frozen (a change makes a new version).
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function deliveryOps(event: EventOf<'version.delivered'>, logIndex: number): ProjectionOp[] {
  const { versionAudience: a, versionStatus, ...delivery } = event.data;
  const audience = { audience_kind: a.kind, audience_parties: a.kind === 'parties' ? a.partyIds : [] };
  const id = delivery.versionId;
  return [
    { kind: 'update', table: 'versions', id, set: { ...audience, status: versionStatus }, logIndex },
    { kind: 'share', table: 'points', column: 'version_id', value: id, audience },
    { kind: 'share', table: 'commitments', column: 'version_id', value: id, audience },
    { kind: 'share', table: 'log_entries', column: 'subject_id', value: id, audience },
    {
      kind: 'insert',
      table: 'deliveries',
      rows: [
        {
          id: delivery.id,
          process_id: delivery.processId,
          version_id: delivery.versionId,
          party_id: delivery.partyId,
          delivered_at: delivery.deliveredAt,
          body: JSON.stringify(delivery),
          log_index: logIndex,
          ...audienceColumns(event),
        },
      ],
    },
  ];
}

export function consultationOps(event: EventOf<'consultation.recorded'>, logIndex: number): ProjectionOp[] {
  const c = event.data;
  return [
    {
      kind: 'insert',
      table: 'consultations',
      rows: [
        {
          id: c.id,
          process_id: c.processId,
          version_id: c.versionId,
          held_at: c.heldAt,
          body: JSON.stringify(c),
          log_index: logIndex,
          ...audienceColumns(event),
        },
      ],
    },
  ];
}

export function statementOps(event: EventOf<'statement.recorded'>, logIndex: number): ProjectionOp[] {
  const s = event.data;
  return [
    {
      kind: 'insert',
      table: 'statements',
      rows: [
        {
          id: s.id,
          process_id: s.processId,
          made_at: s.madeAt,
          body: JSON.stringify(s),
          log_index: logIndex,
          ...audienceColumns(event),
        },
      ],
    },
  ];
}
