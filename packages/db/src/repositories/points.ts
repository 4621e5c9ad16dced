import {
  type Condition,
  type Derivation,
  type Point,
  type Quantity,
  type ReadScope,
  readingOrder,
} from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { PointRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

export function toPoint(r: Selectable<Database['points']>): Point {
  return {
    id: r.id,
    versionId: r.version_id,
    lineageId: r.lineage_id,
    parentPointId: r.parent_point_id,
    derivedFrom: r.derived_from as Derivation[],
    ordinal: r.ordinal,
    number: r.number,
    text: r.text as Record<string, string>,
    categories: r.categories as string[],
    quantities: r.quantities as Quantity[],
    conditions: r.conditions as Condition[],
    note: r.note,
    logIndex: r.log_index,
  };
}

/** Reading order: each point followed by its sub-points, siblings by ordinal (then id); core's one rule. */
export { readingOrder };

export function pointRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): PointRepository {
  return {
    async listByVersion(versionId) {
      const rows = await db
        .selectFrom('points')
        .selectAll()
        .where(visibleTo(scope, 'points'))
        .where('version_id', '=', versionId)
        .execute();
      return readingOrder(rows.map(toPoint));
    },
    async listByPlan(planId) {
      const rows = await db
        .selectFrom('points')
        .selectAll('points')
        .where(visibleTo(scope, 'points'))
        .where('version_id', 'in', (q) => q.selectFrom('versions').select('id').where('plan_id', '=', planId))
        .execute();
      return readingOrder(rows.map(toPoint));
    },
    async get(id) {
      const row = await db
        .selectFrom('points')
        .selectAll()
        .where(visibleTo(scope, 'points'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toPoint(row) : null;
    },
  };
}
