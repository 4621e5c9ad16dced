// Account signing keys (public: a public key is meant to be known, and the log entries that register them are
// public) and the signatures on agreed texts, which are read through their version's row: a caller who may not
// read the version reads none of its signatures.
import { type AccountKey, isUuid, type ReadScope, type VersionSignature } from '@concord/core';
import { accountKeyFingerprint } from '@concord/core/signatures';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

export type AccountKeyRepository = {
  /** The account's keys, oldest first, each with its validity period. */
  listByAccount(accountId: string): Promise<AccountKey[]>;
  get(id: string): Promise<AccountKey | null>;
  /** The key registered with these bytes, whoever holds it (a public key is registered once, ever). */
  byPublicKey(publicKey: string): Promise<AccountKey | null>;
  /** A version's signatures in log order, with the key and the party they were made for. */
  signatures(versionId: string): Promise<VersionSignature[]>;
};

type KeyRow = Selectable<Database['account_keys']>;

function toKey(r: KeyRow): AccountKey {
  return {
    id: r.id,
    accountId: r.account_id,
    publicKey: r.public_key,
    fingerprint: accountKeyFingerprint(r.public_key),
    label: r.label,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    ended: r.ended as AccountKey['ended'],
    reason: r.reason,
    previousKeyId: r.previous_key_id,
    logIndex: Number(r.log_index),
  };
}

export function accountKeyRepository(
  db: Kysely<Database>,
  scope: ReadScope = ALL_ROWS,
): AccountKeyRepository {
  const keys = () => db.selectFrom('account_keys').selectAll();
  return {
    async listByAccount(accountId) {
      if (!isUuid(accountId)) return [];
      const rows = await keys().where('account_id', '=', accountId).orderBy('log_index').execute();
      return rows.map(toKey);
    },
    async get(id) {
      if (!isUuid(id)) return null;
      const row = await keys().where('id', '=', id).executeTakeFirst();
      return row ? toKey(row) : null;
    },
    async byPublicKey(publicKey) {
      const row = await keys().where('public_key', '=', publicKey).executeTakeFirst();
      return row ? toKey(row) : null;
    },
    async signatures(versionId) {
      if (!isUuid(versionId)) return [];
      const rows = await db
        .selectFrom('version_signatures as s')
        .innerJoin('versions', 'versions.id', 's.version_id')
        .innerJoin('account_keys as k', 'k.id', 's.key_id')
        .innerJoin('parties as p', 'p.id', 's.party_id')
        .selectAll('s')
        .select(['k.public_key', 'p.name as party_name'])
        .where('s.version_id', '=', versionId)
        .where(visibleTo(scope, 'versions'))
        .orderBy('s.log_index')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        versionId: r.version_id,
        partyId: r.party_id,
        partyName: r.party_name,
        accountId: r.account_id,
        keyId: r.key_id,
        publicKey: r.public_key,
        fingerprint: accountKeyFingerprint(r.public_key),
        versionHash: r.version_hash,
        signature: r.signature,
        signedAt: r.signed_at,
        logIndex: Number(r.log_index),
      }));
    },
  };
}
