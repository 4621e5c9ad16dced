// A recorded position: one row per recording, never replaced (the history of a party's stance is every row).
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns } from './visibility.ts';

export function positionOps(
  event: EventOf<'position.recorded' | 'position.published'>,
  logIndex: number,
): ProjectionOp[] {
  const p = event.data;
  // Published later: the same recording, now read by whoever reads its version.
  if (event.type === 'position.published')
    return [
      {
        kind: 'update',
        table: 'positions',
        id: p.id,
        set: { published: true, body: JSON.stringify(p), ...audienceColumns(event) },
        logIndex,
      },
    ];
  return [
    {
      kind: 'insert',
      table: 'positions',
      rows: [
        {
          id: p.id,
          process_id: p.processId,
          plan_id: p.planId,
          version_id: p.versionId,
          point_id: p.pointId,
          party_id: p.partyId,
          stance: p.stance,
          taken_on: p.takenOn,
          published: p.published,
          body: JSON.stringify(p),
          actor: event.actor,
          recorded_at: event.at,
          log_index: logIndex,
          ...audienceColumns(event),
        },
      ],
    },
  ];
}
