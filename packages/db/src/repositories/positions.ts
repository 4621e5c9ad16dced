// Positions, scoped in SQL: a row is read by whoever reads its version, and while it is private only by its
// party's delegates and the mediators among them (core's `position.read`), so a list or a count never holds a
// position the caller may not read.
import { isUuid, type Position, PositionEntity, type ReadScope } from '@concord/core';
import { type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { PositionRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

// The body is parsed with the core schema, not cast: a row corrupted in the database fails loudly here.
export function toPosition(r: Selectable<Database['positions']>): Position {
  return PositionEntity.parse({
    ...(r.body as object),
    actor: r.actor,
    recordedAt: r.recorded_at,
    logIndex: r.log_index,
  }) as Position;
}

export function positionRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): PositionRepository {
  const readable = () =>
    db
      .selectFrom('positions')
      .innerJoin('versions', 'versions.id', 'positions.version_id')
      .selectAll('positions')
      .where(visibleTo(scope, 'versions'))
      .where(
        sql<SqlBool>`(positions.published or ${visibleTo(scope, 'positions', 'process_id', { delegatesOnly: true })})`,
      );
  return {
    // A malformed id matches nothing; sent to a uuid column it would be an error that aborts the transaction.
    async listByPlan(planId) {
      if (!isUuid(planId)) return [];
      const rows = await readable()
        .where('positions.plan_id', '=', planId)
        .orderBy('positions.taken_on')
        .orderBy('positions.log_index')
        .execute();
      return rows.map(toPosition);
    },
    // The time of each version's `version.created` event (its creation, as the log says): the entries of
    // versions the reader may read, so nothing is learned of a version it may not.
    async versionDays(planId) {
      if (!isUuid(planId)) return new Map();
      const rows = await db
        .selectFrom('log_entries')
        .innerJoin('versions', 'versions.id', 'log_entries.subject_id')
        .select(['versions.id as id', 'log_entries.canonical as canonical'])
        .where(visibleTo(scope, 'versions'))
        .where('versions.plan_id', '=', planId)
        .where('log_entries.type', '=', 'version.created')
        .execute();
      return new Map(
        rows.map((r) => [r.id, String((JSON.parse(r.canonical) as { at: string }).at).slice(0, 10)]),
      );
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await readable().where('positions.id', '=', id).executeTakeFirst();
      return row ? toPosition(row) : null;
    },
  };
}
