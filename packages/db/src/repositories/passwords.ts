// Password hashes on the store (configuration beside the log). The server hashes (scrypt, in
// packages/server/src/auth/password.ts) and the store keeps the encoded hash, one per account; the password
// itself never reaches the store. Each call commits on its own.
import { isUuid } from '@concord/core';
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import { checkedId, checkedTime, isForeignKeyViolation } from './sign-in-checks.ts';

export type PasswordRepository = {
  /** Sets (or replaces) the account's password hash. Throws StoreError BAD_INPUT for an unknown account. */
  set(accountId: string, hash: string, at: string): Promise<void>;
  /** The account's encoded hash, or null when it has no password (or the id is malformed). */
  get(accountId: string): Promise<string | null>;
  /** Removes the account's password (passkeys only from now on); true when there was one. */
  remove(accountId: string): Promise<boolean>;
};

// An encoded hash is printable ASCII without spaces; the scheme itself is the server's business.
const ENCODED = /^[\x21-\x7e]{16,512}$/;

export function passwordRepository(db: Kysely<Database>): PasswordRepository {
  return {
    async set(accountId, hash, at) {
      const account = checkedId(accountId, 'accountId');
      const updatedAt = checkedTime(at, 'at');
      if (typeof hash !== 'string' || !ENCODED.test(hash))
        throw new StoreError(
          'BAD_INPUT',
          'hash must be an encoded password hash (16–512 printable characters)',
        );
      try {
        await db
          .insertInto('passwords')
          .values({ account_id: account, hash, updated_at: updatedAt })
          .onConflict((oc) => oc.column('account_id').doUpdateSet({ hash, updated_at: updatedAt }))
          .execute();
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', `no account ${account}`);
        throw error;
      }
    },
    async get(accountId) {
      if (!isUuid(accountId)) return null;
      const row = await db
        .selectFrom('passwords')
        .select('hash')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row?.hash ?? null;
    },
    async remove(accountId) {
      if (!isUuid(accountId)) return false;
      const result = await db.deleteFrom('passwords').where('account_id', '=', accountId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
