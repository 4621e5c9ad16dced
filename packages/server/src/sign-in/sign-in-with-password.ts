// Password sign-in (the fallback to passkeys): the login names an account by handle or e-mail address, the
// password is checked with scrypt, and an account with a confirmed TOTP secret also needs a code from it.
//
// What an attacker learns is kept to the least: an unknown account, a disabled one, one without a password and a
// wrong password all get the same 401 after the same scrypt work. Only a right password reveals that a second
// factor is needed (it is then the second factor that stands between the attacker and the account). Every try is
// counted per login and per address before anything is checked; a success clears the login's count.

import type { Store } from '@concord/db';
import { verifyPassword } from '../auth/password.ts';
import type { SignInLimiter } from '../auth/rate-limit.ts';
import { checkTotp } from '../auth/totp.ts';
import type { Clock } from '../commands/context.ts';
import { secondFactorFailed, secondFactorRequired, signInFailed, tooManyAttempts } from '../problems.ts';

export type PasswordSignIn = { login: string; password: string; totp?: string | undefined };

/** The account the credentials sign in, or throws 401 / 429 problems (never quoting what was sent). */
export async function signInWithPassword(
  deps: { store: Store; limiter: SignInLimiter; clock: Clock },
  input: PasswordSignIn,
  address: string,
): Promise<string> {
  const attempt = deps.limiter.attempt({ account: input.login, address });
  if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
  const account = await deps.store.accounts.byLogin(input.login);
  const usable = account !== null && account.disabledAt === null;
  const hash = usable ? await deps.store.passwords.get(account.id) : null;
  const right = await verifyPassword(input.password, hash);
  if (!usable || !right) throw signInFailed();
  const totp = await deps.store.totp.status(account.id);
  if (totp?.confirmed) {
    if (input.totp === undefined || input.totp === '') throw secondFactorRequired();
    const now = deps.clock();
    const accepted = await deps.store.totp.verify(account.id, (secret, lastStep) => {
      const check = checkTotp({ secret, code: input.totp as string, lastStep, now });
      return check.ok ? check.step : null;
    });
    if (!accepted) throw secondFactorFailed();
  }
  attempt.succeeded();
  return account.id;
}
