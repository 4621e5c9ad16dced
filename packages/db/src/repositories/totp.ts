// TOTP secrets on the store (configuration beside the log), one per account. The secret must be kept as is to
// compute codes, so the repository never hands it back: the caller passes a check function (the server's
// `checkTotp`), which the repository calls with the secret and the last accepted step and which answers the step
// the code belongs to, or null. The new step is then stored only if it is later than the stored one, in one
// conditional update: two requests racing with the same code cannot both succeed.
//
// Enrolment is two-phase: `enrol` stores a new secret unconfirmed (the server shows it once, as a QR code), and
// `confirm` makes it count once the person has typed a code from it. A confirmed secret is never overwritten by
// a new enrolment: it must be removed first (after the person has signed in again), so an abandoned
// re-enrolment cannot silently turn the second factor off.
import { isUuid } from '@concord/core';
import type { Kysely } from 'kysely';
import { StoreError } from '../errors.ts';
import type { Database } from '../schema.ts';
import { checkedId, checkedTime, isForeignKeyViolation } from './sign-in-checks.ts';

/** Given the secret (base32) and the last accepted step, the step the code belongs to, or null to refuse. */
export type TotpCheck = (secret: string, lastStep: number | null) => number | null;

export type TotpStatus = { confirmed: boolean; createdAt: string; confirmedAt: string | null };

export type TotpRepository = {
  /**
   * Stores a new, unconfirmed secret, replacing an unconfirmed one. false when the account has a confirmed secret
   * (remove it first). Throws StoreError BAD_INPUT for a malformed secret or an unknown account.
   */
  enrol(accountId: string, secret: string, at: string): Promise<boolean>;
  /** Confirms a pending enrolment if `check` accepts the code; true when it is now confirmed. */
  confirm(accountId: string, check: TotpCheck, at: string): Promise<boolean>;
  /** Sign-in: true when `check` accepts the code against the confirmed secret at a step later than the last. */
  verify(accountId: string, check: TotpCheck): Promise<boolean>;
  /** Whether the account has a secret, and whether it is confirmed; null when it has none. */
  status(accountId: string): Promise<TotpStatus | null>;
  /** Removes the account's secret (confirmed or not); true when there was one. */
  remove(accountId: string): Promise<boolean>;
};

const BASE32 = /^[A-Z2-7]{16,128}$/;

export function totpRepository(db: Kysely<Database>): TotpRepository {
  // Reads the secret, asks `check`, and stores the step only if it is later than the stored one and the secret is
  // still the one checked against.
  const accept = async (
    accountId: string,
    confirmed: boolean,
    check: TotpCheck,
    confirmedAt: string | null,
  ): Promise<boolean> => {
    if (!isUuid(accountId)) return false;
    const row = await db
      .selectFrom('totp_secrets')
      .select(['secret', 'last_step'])
      .where('account_id', '=', accountId)
      .where('confirmed_at', confirmed ? 'is not' : 'is', null)
      .executeTakeFirst();
    if (!row) return false;
    const step = check(row.secret, row.last_step);
    if (step === null || !Number.isSafeInteger(step) || step < 0) return false;
    if (row.last_step !== null && step <= row.last_step) return false;
    const updated = await db
      .updateTable('totp_secrets')
      .set(confirmedAt === null ? { last_step: step } : { last_step: step, confirmed_at: confirmedAt })
      .where('account_id', '=', accountId)
      .where('secret', '=', row.secret)
      .where('confirmed_at', confirmed ? 'is not' : 'is', null)
      .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
      .returning('account_id')
      .executeTakeFirst();
    return updated !== undefined;
  };

  return {
    async enrol(accountId, secret, at) {
      const account = checkedId(accountId, 'accountId');
      const createdAt = checkedTime(at, 'at');
      if (typeof secret !== 'string' || !BASE32.test(secret))
        throw new StoreError('BAD_INPUT', 'secret must be 16–128 base32 characters');
      const fresh = { secret, last_step: null, confirmed_at: null, created_at: createdAt };
      try {
        const row = await db
          .insertInto('totp_secrets')
          .values({ account_id: account, ...fresh })
          .onConflict((oc) =>
            oc.column('account_id').doUpdateSet(fresh).where('totp_secrets.confirmed_at', 'is', null),
          )
          .returning('account_id')
          .executeTakeFirst();
        return row !== undefined;
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new StoreError('BAD_INPUT', `no account ${account}`);
        throw error;
      }
    },
    async confirm(accountId, check, at) {
      return accept(accountId, false, check, checkedTime(at, 'at'));
    },
    async verify(accountId, check) {
      return accept(accountId, true, check, null);
    },
    async status(accountId) {
      if (!isUuid(accountId)) return null;
      const row = await db
        .selectFrom('totp_secrets')
        .select(['created_at', 'confirmed_at'])
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row
        ? { confirmed: row.confirmed_at !== null, createdAt: row.created_at, confirmedAt: row.confirmed_at }
        : null;
    },
    async remove(accountId) {
      if (!isUuid(accountId)) return false;
      const result = await db
        .deleteFrom('totp_secrets')
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
