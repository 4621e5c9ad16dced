// A party's marks are sealed: a scoped reader gets the rows of the parties it is an active delegate of, and no
// other (a mediator is not admitted, unlike every other read; neither is an observer or intermediary for the
// party). Only the unscoped repositories (a command's transaction, the server's common-result computation) read
// every party's rows.
import { Acceptability, isUuid, type ReadScope } from '@concord/core';
import { type Expression, type Kysely, type Selectable, type SqlBool, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { AcceptabilityRepository } from '../store.ts';
import { ALL_ROWS } from './scope.ts';

// Parsed with the core schema, not cast: a corrupted row fails loudly instead of counting as a mark.
function toAcceptability(r: Selectable<Database['acceptability_marks']>): Acceptability {
  return Acceptability.parse({ ...(r.body as object), logIndex: r.log_index });
}

/** The rows of the parties the caller is a delegate of, in processes it is a member of; every row unscoped. */
export function ownMarksOnly(scope: ReadScope): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`true`;
  return sql<SqlBool>`(acceptability_marks.party_id = any(${scope.delegateOf}::uuid[])
    and acceptability_marks.process_id = any(${scope.memberOf}::uuid[]))`;
}

export function acceptabilityRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): AcceptabilityRepository {
  return {
    // A malformed id matches nothing; sent to a uuid column it would abort the transaction.
    async listByVersion(versionId) {
      if (!isUuid(versionId)) return [];
      const rows = await db
        .selectFrom('acceptability_marks')
        .selectAll()
        .where(ownMarksOnly(scope))
        .where('version_id', '=', versionId)
        .orderBy('party_id')
        .execute();
      return rows.map(toAcceptability);
    },
    async get(versionId, partyId) {
      if (!isUuid(versionId) || !isUuid(partyId)) return null;
      const row = await db
        .selectFrom('acceptability_marks')
        .selectAll()
        .where(ownMarksOnly(scope))
        .where('version_id', '=', versionId)
        .where('party_id', '=', partyId)
        .executeTakeFirst();
      return row ? toAcceptability(row) : null;
    },
  };
}
