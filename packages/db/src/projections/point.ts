import type { EventOf, PointRecord } from '@concord/core';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { type ColumnMap, patchColumns, updateRow } from './apply-patch.ts';

export function pointRow(p: PointRecord, logIndex: number): Insertable<Database['points']> {
  return {
    id: p.id,
    version_id: p.versionId,
    lineage_id: p.lineageId,
    parent_point_id: p.parentPointId,
    ordinal: p.ordinal,
    number: p.number,
    text: JSON.stringify(p.text),
    categories: JSON.stringify(p.categories),
    quantities: JSON.stringify(p.quantities),
    conditions: JSON.stringify(p.conditions),
    log_index: logIndex,
  };
}

const columns: ColumnMap = {
  number: { column: 'number' },
  ordinal: { column: 'ordinal' },
  text: { column: 'text', json: true },
  categories: { column: 'categories', json: true },
  quantities: { column: 'quantities', json: true },
  conditions: { column: 'conditions', json: true },
};

export async function projectPoint(
  db: Kysely<Database>,
  event: EventOf<'point.created' | 'point.updated'>,
  logIndex: number,
): Promise<void> {
  if (event.type === 'point.created')
    await db.insertInto('points').values(pointRow(event.data, logIndex)).execute();
  else await updateRow(db, 'points', event.data.id, patchColumns(event.data.changes, columns), logIndex);
}
