import type { ConcordEvent, EventOf, PointRecord } from '@concord/core';
import type { Insertable } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns } from './apply-patch.ts';
import type { ProjectionOp } from './ops.ts';
import { audienceColumns, scopedProcess } from './visibility.ts';

/** `event` is the one that created the point (alone or in its version), whose scope the row takes. */
export function pointRow(
  p: PointRecord,
  event: ConcordEvent,
  logIndex: number,
): Insertable<Database['points']> {
  return {
    id: p.id,
    version_id: p.versionId,
    lineage_id: p.lineageId,
    parent_point_id: p.parentPointId,
    derived_from: JSON.stringify(p.derivedFrom),
    note: p.note,
    ordinal: p.ordinal,
    number: p.number,
    text: JSON.stringify(p.text),
    categories: JSON.stringify(p.categories),
    quantities: JSON.stringify(p.quantities),
    conditions: JSON.stringify(p.conditions),
    log_index: logIndex,
    process_id: scopedProcess(event),
    ...audienceColumns(event),
  };
}

const columns: ColumnMap = {
  number: { column: 'number' },
  ordinal: { column: 'ordinal' },
  text: { column: 'text', json: true },
  categories: { column: 'categories', json: true },
  quantities: { column: 'quantities', json: true },
  conditions: { column: 'conditions', json: true },
  derivedFrom: { column: 'derived_from', json: true },
  note: { column: 'note' },
  lineageId: { column: 'lineage_id' },
};

export function pointOps(
  event: EventOf<'point.created' | 'point.updated' | 'point.removed'>,
  logIndex: number,
): ProjectionOp[] {
  // The row goes with its sub-points and their commitments (the foreign keys cascade); the log keeps them.
  if (event.type === 'point.removed') return [{ kind: 'delete', table: 'points', id: event.data.id }];
  if (event.type === 'point.created')
    return [{ kind: 'insert', table: 'points', rows: [pointRow(event.data, event, logIndex)] }];
  const set = patchColumns(event.data.changes, columns);
  return [{ kind: 'update', table: 'points', id: event.data.id, set, logIndex }];
}
