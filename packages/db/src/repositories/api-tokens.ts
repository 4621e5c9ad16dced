// Personal API tokens on the store (configuration beside the log). The store sees only a token's hash: the
// server makes the secret, shows it once and hashes it. Each call commits on its own, so a revocation holds for
// the very next request, on PGlite and PostgreSQL alike.
import { isUuid } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { ApiTokenRepository, ApiTokenSummary } from '../store.ts';

const HASH = /^[0-9a-f]{64}$/;

function toSummary(r: Selectable<Database['api_tokens']>): ApiTokenSummary {
  return {
    id: r.id,
    accountId: r.account_id,
    membershipId: r.membership_id,
    label: r.label,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

export function apiTokenRepository(db: Kysely<Database>): ApiTokenRepository {
  return {
    async add(token) {
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          token_hash: token.tokenHash,
          account_id: token.accountId,
          membership_id: token.membershipId,
          label: token.label,
          created_at: token.createdAt,
        })
        .execute();
    },
    async resolve(tokenHash) {
      if (!HASH.test(tokenHash)) return null;
      const row = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row ? toSummary(row) : null;
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSummary(row) : null;
    },
    async list(accountId) {
      if (accountId !== undefined && !isUuid(accountId)) return [];
      let query = db.selectFrom('api_tokens').selectAll();
      if (accountId !== undefined) query = query.where('account_id', '=', accountId);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      return rows.map(toSummary);
    },
    async revoke(id, at) {
      if (!isUuid(id)) return false;
      const result = await db
        .updateTable('api_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
  };
}
