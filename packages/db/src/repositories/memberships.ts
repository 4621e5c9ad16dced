// Memberships (a read table): who takes part in a process, in which role. Listing a process's members is scoped
// like every read; resolving a principal reads an account's own memberships, which the account may always see.
import { isUuid, type Membership, type ReadScope } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { MembershipRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

export function toMembership(r: Selectable<Database['memberships']>): Membership {
  return {
    id: r.id,
    processId: r.process_id,
    accountId: r.account_id,
    role: r.role as Membership['role'],
    rank: r.rank as Membership['rank'],
    partyId: r.party_id,
    name: r.name,
    status: r.status as Membership['status'],
    logIndex: r.log_index,
  };
}

export function membershipRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): MembershipRepository {
  const visible = () => db.selectFrom('memberships').selectAll().where(visibleTo(scope, 'memberships'));
  return {
    async listByProcess(processId) {
      if (!isUuid(processId)) return [];
      const rows = await visible().where('process_id', '=', processId).orderBy('id').execute();
      return rows.map(toMembership);
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await visible().where('id', '=', id).executeTakeFirst();
      return row ? toMembership(row) : null;
    },
    async listByAccount(accountId) {
      if (!isUuid(accountId)) return [];
      const rows = await db
        .selectFrom('memberships')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('id')
        .execute();
      return rows.map(toMembership);
    },
  };
}
