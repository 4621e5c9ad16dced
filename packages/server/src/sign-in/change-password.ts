// Setting or changing the signed-in account's password. Changing one needs the current one (a borrowed session
// must not be enough to lock the owner out); setting the first one (after a sign-in link or an invitation) does
// not. Every other session of the account ends: whoever knew the old password is signed out.
import type { Store } from '@concord/db';
import { hashPassword, PasswordRefused, verifyPassword } from '../auth/password.ts';
import type { Clock } from '../commands/context.ts';
import { currentPasswordWrong, ruleBroken } from '../problems.ts';

export async function changePassword(
  deps: { store: Store; clock: Clock },
  who: { accountId: string; sessionId: string },
  input: { current?: string | undefined; password: string },
): Promise<void> {
  const stored = await deps.store.passwords.get(who.accountId);
  if (stored !== null && !(await verifyPassword(input.current ?? '', stored))) throw currentPasswordWrong();
  let hash: string;
  try {
    hash = await hashPassword(input.password);
  } catch (error) {
    if (error instanceof PasswordRefused)
      throw ruleBroken(error.message, [{ path: 'password', message: error.message }]);
    throw error;
  }
  const at = deps.clock().toISOString();
  await deps.store.passwords.set(who.accountId, hash, at);
  await deps.store.sessions.endAllFor(who.accountId, at, { except: who.sessionId });
}
