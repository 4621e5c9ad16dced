import type { Commitment, ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { CommitmentRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

export function toCommitment(r: Selectable<Database['commitments']>): Commitment {
  return {
    id: r.id,
    versionId: r.version_id,
    pointId: r.point_id,
    obligor: r.obligor,
    beneficiary: r.beneficiary,
    action: r.action,
    due: (r.due ?? null) as Commitment['due'],
    verification: r.verification,
    logIndex: r.log_index,
  };
}

export function commitmentRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): CommitmentRepository {
  return {
    async listByVersion(versionId) {
      const rows = await db
        .selectFrom('commitments')
        .selectAll()
        .where(visibleTo(scope, 'commitments'))
        .where('version_id', '=', versionId)
        .orderBy('id')
        .execute();
      return rows.map(toCommitment);
    },
    async get(id) {
      const row = await db
        .selectFrom('commitments')
        .selectAll()
        .where(visibleTo(scope, 'commitments'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toCommitment(row) : null;
    },
  };
}
