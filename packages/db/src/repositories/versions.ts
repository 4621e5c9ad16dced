import type { ReadScope, StoredVersion, Version } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { VersionRepository } from '../store.ts';
import { ALL_ROWS, rowAudience, visibleTo } from './scope.ts';

export function toVersion(r: Selectable<Database['versions']>): StoredVersion {
  return {
    id: r.id,
    planId: r.plan_id,
    parentVersionId: r.parent_version_id,
    label: r.label,
    issuedOn: r.issued_on,
    status: r.status as Version['status'],
    note: r.note,
    audience: rowAudience(r),
    logIndex: r.log_index,
    withdrawal:
      r.withdrawn_at !== null && r.withdrawal_reason !== null
        ? { reason: r.withdrawal_reason, at: r.withdrawn_at }
        : null,
  };
}

export function versionRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): VersionRepository {
  return {
    async listByPlan(planId) {
      const rows = await db
        .selectFrom('versions')
        .selectAll()
        .where(visibleTo(scope, 'versions'))
        .where('plan_id', '=', planId)
        .orderBy('id')
        .execute();
      return rows.map(toVersion);
    },
    async get(id) {
      const row = await db
        .selectFrom('versions')
        .selectAll()
        .where(visibleTo(scope, 'versions'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toVersion(row) : null;
    },
  };
}
