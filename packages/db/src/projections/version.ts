import type { EventOf } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import { commitmentRow } from './commitment.ts';
import type { ProjectionOp } from './ops.ts';
import { pointRow } from './point.ts';
import { audienceColumns, scopedProcess } from './visibility.ts';

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
    process_id: scopedProcess(event),
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = {
  label: { column: 'label' },
  issuedOn: { column: 'issued_on' },
  status: { column: 'status' },
  note: { column: 'note' },
};

/** A version arrives whole: the version, then its points (parents first), then their commitments. */
export function versionOps(
  event: EventOf<'version.created' | 'version.updated' | 'version.withdrawn'>,
  logIndex: number,
): ProjectionOp[] {
  if (event.type === 'version.withdrawn') {
    const set = { withdrawn_at: event.at, withdrawal_reason: event.data.reason };
    return [{ kind: 'update', table: 'versions', id: event.data.id, set, logIndex }];
  }
  if (event.type === 'version.updated') {
    const set = patchColumns(event.data.changes, columns);
    return [{ kind: 'update', table: 'versions', id: event.data.id, set, logIndex }];
  }
  const ops: ProjectionOp[] = [{ kind: 'insert', table: 'versions', rows: [versionRow(event, logIndex)] }];
  if (event.data.points.length > 0)
    ops.push({
      kind: 'insert',
      table: 'points',
      rows: event.data.points.map((p) => pointRow(p, event, logIndex)),
    });
  if (event.data.commitments.length > 0)
    ops.push({
      kind: 'insert',
      table: 'commitments',
      rows: event.data.commitments.map((c) => commitmentRow(c, event, logIndex)),
    });
  return ops;
}
