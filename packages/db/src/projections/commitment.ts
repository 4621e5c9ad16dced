import type { CommitmentRecord, ConcordEvent, EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns, scopedProcess } from './visibility.ts';

// `due: null` is SQL NULL (not the JSON literal null), on create and on update alike.
export function commitmentRow(
  c: CommitmentRecord,
  event: ConcordEvent,
  logIndex: number,
): Insertable<Database['commitments']> {
  return {
    id: c.id,
    version_id: c.versionId,
    point_id: c.pointId,
    obligor: c.obligor,
    beneficiary: c.beneficiary,
    action: c.action,
    due: c.due === null ? null : JSON.stringify(c.due),
    verification: c.verification,
    log_index: logIndex,
    process_id: scopedProcess(event),
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = {
  obligor: { column: 'obligor' },
  beneficiary: { column: 'beneficiary' },
  action: { column: 'action' },
  due: { column: 'due', json: true },
  verification: { column: 'verification' },
};

export function commitmentOps(
  event: EventOf<'commitment.created' | 'commitment.updated' | 'commitment.removed'>,
  logIndex: number,
): ProjectionOp[] {
  if (event.type === 'commitment.removed')
    return [{ kind: 'delete', table: 'commitments', id: event.data.id }];
  if (event.type === 'commitment.created')
    return [{ kind: 'insert', table: 'commitments', rows: [commitmentRow(event.data, event, logIndex)] }];
  const set = patchColumns(event.data.changes, columns);
  return [{ kind: 'update', table: 'commitments', id: event.data.id, set, logIndex }];
}
