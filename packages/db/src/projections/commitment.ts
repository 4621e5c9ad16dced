import type { CommitmentRecord, EventOf } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';

export function commitmentRow(c: CommitmentRecord, logIndex: number): Insertable<Database['commitments']> {
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
  };
}

// `due: null` must become SQL NULL, not the JSON literal null, so it reads back the same as a create.
const columns: ColumnMap = {
  obligor: { column: 'obligor' },
  beneficiary: { column: 'beneficiary' },
  action: { column: 'action' },
  verification: { column: 'verification' },
};

export async function projectCommitment(
  db: Kysely<Database>,
  event: EventOf<'commitment.created' | 'commitment.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'commitment.created') {
    await db.insertInto('commitments').values(commitmentRow(event.data, logIndex)).execute();
    return;
  }
  const { due, ...rest } = event.data.changes;
  const row = patchColumns(rest, columns);
  if (due !== undefined) row.due = due === null ? null : JSON.stringify(due);
  await updateRow(db, 'commitments', event.data.id, row, logIndex);
}
