// Passkeys (WebAuthn credentials) on the store (configuration beside the log). A passkey's public key is not a
// secret, but only `get` returns it: that is what verifying a sign-in needs. The signature counter only moves
// forward, in one conditional update, so two sign-ins racing with the same counter value cannot both count.
import { isUuid } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import { fromDbBytes, toDbBytes, toJsonb } from '../bytes.ts';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import {
  checkedId,
  checkedTime,
  displayText,
  isForeignKeyViolation,
  isUniqueViolation,
} from './sign-in-checks.ts';

export type PasskeySummary = {
  /** The credential id, base64url. */
  id: string;
  accountId: string;
  label: string;
  transports: string[];
  counter: number;
  createdAt: string;
  lastUsedAt: string | null;
};

export type Passkey = PasskeySummary & { publicKey: Uint8Array };

export type PasskeyRepository = {
  /**
   * Registers a passkey. Throws StoreError BAD_INPUT for a malformed argument or an unknown account, CONFLICT
   * when the credential is already registered (to any account).
   */
  add(input: {
    id: string;
    accountId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    label: string;
    at: string;
  }): Promise<PasskeySummary>;
  /** The account's passkeys, oldest first, without public keys. */
  listFor(accountId: string): Promise<PasskeySummary[]>;
  /** One passkey with its public key (to verify a sign-in), or null. */
  get(id: string): Promise<Passkey | null>;
  /**
   * Records a sign-in: stores `counter` and `at` as last use, if the counter moved forward (or both it and the
   * stored one are 0: authenticators without a counter). false when it did not: refuse that sign-in.
   */
  updateCounter(id: string, counter: number, at: string): Promise<boolean>;
  /** Removes one of the account's passkeys; true when it was there. */
  remove(id: string, accountId: string): Promise<boolean>;
};

// A credential id is at most 1023 bytes (WebAuthn), so at most 1364 base64url characters.
const CREDENTIAL_ID = /^[A-Za-z0-9_-]{1,1364}$/;
const TRANSPORTS = new Set(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']);
const LABEL_MAX = 120;
const MAX_COUNTER = 0xffff_ffff;

type Row = Selectable<Database['passkeys']>;

function transportsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((t): t is string => typeof t === 'string' && TRANSPORTS.has(t))
    : [];
}

function toSummary(r: Row): PasskeySummary {
  return {
    id: r.id,
    accountId: r.account_id,
    label: r.label,
    transports: transportsOf(r.transports),
    counter: r.counter,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  };
}

function checkedCounter(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_COUNTER)
    throw new StoreError('BAD_INPUT', 'counter must be a whole number from 0 to 2^32 - 1');
  return value;
}

export function passkeyRepository(db: Kysely<Database>): PasskeyRepository {
  return {
    async add(input) {
      if (typeof input.id !== 'string' || !CREDENTIAL_ID.test(input.id))
        throw new StoreError('BAD_INPUT', 'id must be a base64url credential id');
      const accountId = checkedId(input.accountId, 'accountId');
      const at = checkedTime(input.at, 'at');
      if (
        !(input.publicKey instanceof Uint8Array) ||
        input.publicKey.length === 0 ||
        input.publicKey.length > 2048
      )
        throw new StoreError('BAD_INPUT', 'publicKey must be 1–2048 bytes');
      const row: Row = {
        id: input.id,
        account_id: accountId,
        public_key: input.publicKey,
        counter: checkedCounter(input.counter),
        transports: [...new Set(transportsOf(input.transports))],
        label: displayText(input.label, LABEL_MAX),
        created_at: at,
        last_used_at: null,
      };
      try {
        await db
          .insertInto('passkeys')
          .values({ ...row, public_key: toDbBytes(row.public_key), transports: toJsonb(row.transports) })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new StoreError('CONFLICT', 'this passkey is already registered');
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', `no account ${accountId}`);
        throw error;
      }
      return toSummary(row);
    },
    async listFor(accountId) {
      if (!isUuid(accountId)) return [];
      const rows = await db
        .selectFrom('passkeys')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toSummary);
    },
    async get(id) {
      if (typeof id !== 'string' || !CREDENTIAL_ID.test(id)) return null;
      const row = await db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...toSummary(row), publicKey: fromDbBytes(row.public_key) } : null;
    },
    async updateCounter(id, counter, at) {
      const next = checkedCounter(counter);
      const usedAt = checkedTime(at, 'at');
      if (typeof id !== 'string' || !CREDENTIAL_ID.test(id)) return false;
      const result = await db
        .updateTable('passkeys')
        .set({ counter: next, last_used_at: usedAt })
        .where('id', '=', id)
        .where('counter', next === 0 ? '=' : '<', next)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async remove(id, accountId) {
      if (typeof id !== 'string' || !CREDENTIAL_ID.test(id) || !isUuid(accountId)) return false;
      const result = await db
        .deleteFrom('passkeys')
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
