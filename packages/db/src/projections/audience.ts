// A changed audience: the subject's row, what follows it (a process's parties; a version's points and
// commitments), and the log entries about it, whose bodies become readable by the new audience.
import type { EventOf } from '@concord/core';
import type { ProjectionOp } from './ops.ts';

const SUBJECT_TABLE = { process: 'processes', plan: 'plans', version: 'versions' } as const;
const FOLLOWERS = {
  process: [
    { table: 'parties', column: 'process_id' },
    // Public statements are as public as their process.
    { table: 'statements', column: 'process_id' },
  ],
  plan: [],
  version: [
    { table: 'points', column: 'version_id' },
    { table: 'commitments', column: 'version_id' },
  ],
} as const;

export function audienceOps(event: EventOf<'audience.changed'>, logIndex: number): ProjectionOp[] {
  const { subject, id, audience: a } = event.data;
  const audience = { audience_kind: a.kind, audience_parties: a.kind === 'parties' ? a.partyIds : [] };
  return [
    { kind: 'share', table: SUBJECT_TABLE[subject], column: 'id', value: id, audience, logIndex },
    ...FOLLOWERS[subject].map(
      (f): ProjectionOp => ({ kind: 'share', table: f.table, column: f.column, value: id, audience }),
    ),
    { kind: 'share', table: 'log_entries', column: 'subject_id', value: id, audience },
  ];
}
