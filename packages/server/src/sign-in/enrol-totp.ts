// A second factor for password sign-in: an authenticator app's six-digit codes (TOTP). Enrolment has two steps,
// so a secret the person never managed to type a code from cannot lock them out: the secret is shown once
// (with its otpauth:// URI for a QR code), and counts from the first right code. Removing it needs a code too,
// so a borrowed session cannot quietly turn it off.
import type { Store } from '@concord/db';
import { checkTotp, newTotpSecret, totpUri } from '../auth/totp.ts';
import type { Clock } from '../commands/context.ts';
import { conflict, notFound, secondFactorFailed } from '../problems.ts';

type Deps = { store: Store; clock: Clock };

export async function beginTotpEnrolment(deps: Deps, accountId: string) {
  const account = await deps.store.accounts.get(accountId);
  if (account === null) throw notFound('account', accountId);
  const secret = newTotpSecret();
  if (!(await deps.store.totp.enrol(accountId, secret, deps.clock().toISOString())))
    throw conflict('a second factor is already set up; remove it first to set up another');
  return { secret, uri: totpUri({ secret, account: account.handle }) };
}

function checkerFor(code: string, now: Date) {
  return (secret: string, lastStep: number | null) => {
    const check = checkTotp({ secret, code, lastStep, now });
    return check.ok ? check.step : null;
  };
}

export async function confirmTotp(deps: Deps, accountId: string, code: string): Promise<void> {
  const now = deps.clock();
  const status = await deps.store.totp.status(accountId);
  if (status === null || status.confirmed)
    throw conflict('there is no second factor waiting to be confirmed');
  if (!(await deps.store.totp.confirm(accountId, checkerFor(code, now), now.toISOString())))
    throw secondFactorFailed();
}

export async function removeTotp(deps: Deps, accountId: string, code: string): Promise<void> {
  const status = await deps.store.totp.status(accountId);
  if (status === null) throw notFound('second factor', 'of this account');
  if (status.confirmed && !(await deps.store.totp.verify(accountId, checkerFor(code, deps.clock()))))
    throw secondFactorFailed();
  await deps.store.totp.remove(accountId);
}
