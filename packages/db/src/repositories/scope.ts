// Reads scoped in SQL: one predicate over a row's audience columns, the same rule as core's `admits` (and so as
// the policy's `sees`), so a list, a count or a page can never hold a row the caller may not read. A repository
// built with ALL_ROWS reads everything: for commands inside a transaction, which then ask the policy themselves.
import { type Audience, PROCESS, PUBLIC, partiesAudience, type ReadScope } from '@concord/core';
import { type Expression, type SqlBool, sql } from 'kysely';

export const ALL_ROWS: ReadScope = { all: true };

/**
 * The rows of `table` the scope admits; `processColumn` names the row's process (`id` for processes).
 * `delegatesOnly` for a party's own confidential positions: its delegates and the mediators, as `admits`.
 */
export function visibleTo(
  scope: ReadScope,
  table: string,
  processColumn = 'process_id',
  options: { delegatesOnly?: boolean } = {},
): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`true`;
  const t = (column: string) => sql.ref(`${table}.${column}`);
  const process = t(processColumn);
  const parties = options.delegatesOnly ? scope.delegateOf : scope.partyIds;
  return sql<SqlBool>`(${t('audience_kind')} = 'public'
    or ${process} = any(${scope.mediatorOf}::uuid[])
    or (${process} = any(${scope.memberOf}::uuid[])
      and (${t('audience_kind')} = 'process' or ${t('audience_parties')} && ${parties}::uuid[])))`;
}

/** A row's audience columns as core's Audience. */
export function rowAudience(r: { audience_kind: string; audience_parties: string[] }): Audience {
  if (r.audience_kind === 'public') return PUBLIC;
  if (r.audience_kind === 'process') return PROCESS;
  if (r.audience_kind === 'parties') return partiesAudience(r.audience_parties);
  // A value the migrations never write: fail loudly rather than guess who may read the row.
  throw new Error(`unknown audience kind ${r.audience_kind}`);
}
