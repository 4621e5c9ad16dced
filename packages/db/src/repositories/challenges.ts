// WebAuthn challenges on the store (configuration beside the log): each one issued for one ceremony
// (registration or authentication), answered once, within its lifetime. `consume` is a single conditional update
// (`… where used_at is null and expires_at > now returning …`), so of two requests racing with the same signed
// answer exactly one gets the challenge, on PGlite and PostgreSQL alike. Keeping challenges in the store rather
// than in process memory lets any server process sharing the database finish a ceremony another one began.
import { isUuid, uuidv7 } from '@concord/core';
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import {
  checkedSeconds,
  checkedTime,
  isForeignKeyViolation,
  isUniqueViolation,
  plusSeconds,
} from './sign-in-checks.ts';

export const CHALLENGE_PURPOSES = ['registration', 'authentication'] as const;
export type ChallengePurpose = (typeof CHALLENGE_PURPOSES)[number];
export const CHALLENGE_DEFAULT_SECONDS = 300;

export type IssuedChallenge = { id: string; expiresAt: string };
export type ConsumedChallenge = { id: string; accountId: string | null; purpose: ChallengePurpose };

export type ChallengeRepository = {
  /**
   * Records a challenge sent to a browser. `accountId` is the account registering a passkey, or null for a
   * usernameless sign-in. Throws StoreError BAD_INPUT for a malformed argument or unknown account, CONFLICT for
   * a challenge issued before.
   */
  issue(input: {
    challenge: string;
    purpose: ChallengePurpose;
    accountId: string | null;
    at: string;
    ttlSeconds?: number;
  }): Promise<IssuedChallenge>;
  /**
   * Uses the challenge up, if it was issued for `purpose`, is unused and has not expired at `at`; null
   * otherwise (a second call with the same challenge always gets null).
   */
  consume(challenge: string, purpose: ChallengePurpose, at: string): Promise<ConsumedChallenge | null>;
  /** Deletes challenges used or expired before `before`; returns how many. */
  prune(before: string): Promise<number>;
};

const CHALLENGE = /^[A-Za-z0-9_-]{16,512}$/;

function checkedPurpose(value: unknown): ChallengePurpose {
  if (!CHALLENGE_PURPOSES.includes(value as ChallengePurpose))
    throw new StoreError('BAD_INPUT', `purpose must be one of ${CHALLENGE_PURPOSES.join(', ')}`);
  return value as ChallengePurpose;
}

export function challengeRepository(db: Kysely<Database>): ChallengeRepository {
  return {
    async issue(input) {
      if (typeof input.challenge !== 'string' || !CHALLENGE.test(input.challenge))
        throw new StoreError('BAD_INPUT', 'challenge must be 16–512 base64url characters');
      const purpose = checkedPurpose(input.purpose);
      if (input.accountId !== null && !isUuid(input.accountId))
        throw new StoreError('BAD_INPUT', 'accountId must be a UUID or null');
      const at = checkedTime(input.at, 'at');
      const ttl = checkedSeconds(input.ttlSeconds ?? CHALLENGE_DEFAULT_SECONDS, 'ttlSeconds', 1, 3600);
      const issued = { id: uuidv7(Date.parse(at)), expiresAt: plusSeconds(at, ttl) };
      try {
        await db
          .insertInto('webauthn_challenges')
          .values({
            id: issued.id,
            challenge: input.challenge,
            account_id: input.accountId,
            purpose,
            expires_at: issued.expiresAt,
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new StoreError('CONFLICT', 'this challenge was issued before');
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', `no account ${input.accountId}`);
        throw error;
      }
      return issued;
    },
    async consume(challenge, purpose, at) {
      const now = checkedTime(at, 'at');
      const wanted = checkedPurpose(purpose);
      if (typeof challenge !== 'string' || !CHALLENGE.test(challenge)) return null;
      const row = await db
        .updateTable('webauthn_challenges')
        .set({ used_at: now })
        .where('challenge', '=', challenge)
        .where('purpose', '=', wanted)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returning(['id', 'account_id'])
        .executeTakeFirst();
      return row ? { id: row.id, accountId: row.account_id, purpose: wanted } : null;
    },
    async prune(before) {
      const cutoff = checkedTime(before, 'before');
      const result = await db
        .deleteFrom('webauthn_challenges')
        .where((eb) => eb.or([eb('used_at', '<', cutoff), eb('expires_at', '<', cutoff)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
