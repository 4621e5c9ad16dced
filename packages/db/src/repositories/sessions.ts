// Browser sessions on the store (configuration beside the log). The server makes the cookie's token and gives
// the store only its SHA-256, so a copy of this table signs no one in. Each call commits on its own, so ending a
// session (or all of an account's: "sign out everywhere") holds for the very next request, whichever server
// process or store instance answers it.
//
// A session ends at the first of: its idle expiry (no request for `idleSeconds`, 30 minutes by default), its
// absolute expiry (`absoluteSeconds` after sign-in, 12 hours by default, however active), `end`, or the account
// being disabled. `find` refreshes the idle expiry, at most once a minute per session so that a page firing many
// requests does not write the row on every one (the idle timeout is thus honoured to within a minute).
import { isUuid, uuidv7 } from '@concord/core';
import type { Kysely, Selectable } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import {
  checkedHash,
  checkedId,
  checkedSeconds,
  checkedTime,
  displayText,
  earlier,
  isForeignKeyViolation,
  isSha256Hex,
  isUniqueViolation,
  plusSeconds,
} from './sign-in-checks.ts';

export const SESSION_DEFAULTS = { idleSeconds: 30 * 60, absoluteSeconds: 12 * 60 * 60 } as const;
/** `find` writes the refreshed idle expiry only when the last write is at least this old. */
export const SESSION_TOUCH_SECONDS = 60;

export type Session = {
  id: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  userAgent: string;
  address: string;
};

export type SessionRepository = {
  /**
   * Opens a session for the token whose hash is given (the token itself never reaches the store). Throws
   * StoreError BAD_INPUT for a malformed argument or an unknown account, CONFLICT for a hash already in use.
   */
  open(input: {
    tokenHash: string;
    accountId: string;
    at: string;
    userAgent: string;
    address: string;
    idleSeconds?: number;
    absoluteSeconds?: number;
  }): Promise<Session>;
  /**
   * The live session with this token hash at `at`, its idle expiry pushed forward; null when there is none, it
   * has expired or ended, its account is disabled, or the hash is malformed.
   */
  find(tokenHash: string, at: string): Promise<Session | null>;
  /** Ends one session; true when it was live (not yet ended). */
  end(id: string, at: string): Promise<boolean>;
  /** Ends every live session of an account, except `except` if given (the one asking); returns how many. */
  endAllFor(accountId: string, at: string, options?: { except?: string }): Promise<number>;
  /** The account's sessions still live at `at`, newest first (for "where you are signed in"). */
  listFor(accountId: string, at: string): Promise<Session[]>;
  /** Deletes sessions that ended or expired before `before`; returns how many. */
  prune(before: string): Promise<number>;
};

type Row = Selectable<Database['sessions']>;

function toSession(r: Row): Session {
  return {
    id: r.id,
    accountId: r.account_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    idleExpiresAt: r.idle_expires_at,
    absoluteExpiresAt: r.absolute_expires_at,
    userAgent: r.user_agent,
    address: r.address,
  };
}

const live = (r: Row, at: string) =>
  r.ended_at === null && r.idle_expires_at > at && r.absolute_expires_at > at;

export function sessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async open(input) {
      const tokenHash = checkedHash(input.tokenHash, 'tokenHash');
      const accountId = checkedId(input.accountId, 'accountId');
      const at = checkedTime(input.at, 'at');
      const idle = checkedSeconds(
        input.idleSeconds ?? SESSION_DEFAULTS.idleSeconds,
        'idleSeconds',
        60,
        7 * 86_400,
      );
      const absolute = checkedSeconds(
        input.absoluteSeconds ?? SESSION_DEFAULTS.absoluteSeconds,
        'absoluteSeconds',
        60,
        400 * 86_400,
      );
      const absoluteExpiresAt = plusSeconds(at, absolute);
      const row: Row = {
        id: uuidv7(Date.parse(at)),
        token_hash: tokenHash,
        account_id: accountId,
        created_at: at,
        last_seen_at: at,
        idle_seconds: idle,
        idle_expires_at: earlier(plusSeconds(at, idle), absoluteExpiresAt),
        absolute_expires_at: absoluteExpiresAt,
        ended_at: null,
        user_agent: displayText(input.userAgent, 512),
        address: displayText(input.address, 64),
      };
      try {
        await db.insertInto('sessions').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('CONFLICT', 'a session with this token already exists');
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', `no account ${accountId}`);
        throw error;
      }
      return toSession(row);
    },

    async find(tokenHash, at) {
      if (!isSha256Hex(tokenHash)) return null;
      const now = checkedTime(at, 'at');
      const row = await db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .selectAll('sessions')
        .where('sessions.token_hash', '=', tokenHash)
        .where('accounts.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!row || !live(row, now)) return null;
      if (Date.parse(now) - Date.parse(row.last_seen_at) < SESSION_TOUCH_SECONDS * 1000)
        return toSession(row);
      const idleExpiresAt = earlier(plusSeconds(now, row.idle_seconds), row.absolute_expires_at);
      // Only if it is still live in the database: a concurrent `end` wins.
      const touched = await db
        .updateTable('sessions')
        .set({ last_seen_at: now, idle_expires_at: idleExpiresAt })
        .where('id', '=', row.id)
        .where('ended_at', 'is', null)
        .where('idle_expires_at', '>', now)
        .executeTakeFirst();
      if (touched.numUpdatedRows === 0n) return null;
      return toSession({ ...row, last_seen_at: now, idle_expires_at: idleExpiresAt });
    },

    async end(id, at) {
      const now = checkedTime(at, 'at');
      if (!isUuid(id)) return false;
      const result = await db
        .updateTable('sessions')
        .set({ ended_at: now })
        .where('id', '=', id)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async endAllFor(accountId, at, options = {}) {
      const account = checkedId(accountId, 'accountId');
      const now = checkedTime(at, 'at');
      let query = db
        .updateTable('sessions')
        .set({ ended_at: now })
        .where('account_id', '=', account)
        .where('ended_at', 'is', null);
      if (options.except !== undefined) query = query.where('id', '!=', checkedId(options.except, 'except'));
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async listFor(accountId, at) {
      const account = checkedId(accountId, 'accountId');
      const now = checkedTime(at, 'at');
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('account_id', '=', account)
        .where('ended_at', 'is', null)
        .where('idle_expires_at', '>', now)
        .where('absolute_expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toSession);
    },

    async prune(before) {
      const cutoff = checkedTime(before, 'before');
      const result = await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([
            eb('ended_at', '<', cutoff),
            eb('idle_expires_at', '<', cutoff),
            eb('absolute_expires_at', '<', cutoff),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
