import type { EventOf } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';
import { commitmentRow } from './commitment.ts';
import { pointRow } from './point.ts';

export function versionRow(
  event: EventOf<'version.created'>,
  logIndex: number,
): Insertable<Database['versions']> {
  const v = event.data.version;
  return {
    id: v.id,
    plan_id: v.planId,
    parent_version_id: v.parentVersionId,
    label: v.label,
    issued_on: v.issuedOn,
    status: v.status,
    note: v.note,
    log_index: logIndex,
  };
}

const columns: ColumnMap = {
  label: { column: 'label' },
  issuedOn: { column: 'issued_on' },
  status: { column: 'status' },
  note: { column: 'note' },
};

// Bulk inserts in chunks keep a 1,000-point version to a handful of statements (and under the 65,535
// bind-parameter limit).
const CHUNK = 500;

async function insertChunked<T extends 'points' | 'commitments'>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
}

export async function projectVersion(
  db: Kysely<Database>,
  event: EventOf<'version.created' | 'version.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'version.updated') {
    await updateRow(db, 'versions', event.data.id, patchColumns(event.data.changes, columns), logIndex);
    return;
  }
  await db.insertInto('versions').values(versionRow(event, logIndex)).execute();
  await insertChunked(
    db,
    'points',
    event.data.points.map((p) => pointRow(p, logIndex)),
  );
  await insertChunked(
    db,
    'commitments',
    event.data.commitments.map((c) => commitmentRow(c, logIndex)),
  );
}
