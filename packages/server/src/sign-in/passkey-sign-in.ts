// Passkey sign-in, usernameless: the server hands out a challenge bound to no account, the browser's
// authenticator picks the passkey, and the answer names its credential and its account's user handle. The
// challenge is consumed before verification (one conditional update), so an answer works once, even when two
// requests race with it. Every try counts against the address; a failure says only a coarse reason.
import type { Store } from '@concord/db';
import type { SignInLimiter } from '../auth/rate-limit.ts';
import {
  authenticationOptions,
  challengeOf,
  credentialIdOf,
  type RelyingParty,
  verifyAuthentication,
  WEBAUTHN_TIMEOUT_SECONDS,
} from '../auth/webauthn.ts';
import type { Clock } from '../commands/context.ts';
import { passkeyFailed, tooManyAttempts } from '../problems.ts';

type Deps = { store: Store; limiter: SignInLimiter; clock: Clock; relyingParty: () => RelyingParty };

/** Options for the browser's `navigator.credentials.get`, their challenge recorded for one use. */
export async function beginPasskeySignIn(deps: Deps) {
  const options = await authenticationOptions(deps.relyingParty());
  await deps.store.challenges.issue({
    challenge: options.challenge,
    purpose: 'authentication',
    accountId: null,
    at: deps.clock().toISOString(),
    ttlSeconds: WEBAUTHN_TIMEOUT_SECONDS,
  });
  return options;
}

/** The account the passkey answer signs in, or throws 401 passkey-failed / 429. */
export async function finishPasskeySignIn(deps: Deps, response: unknown, address: string): Promise<string> {
  const rp = deps.relyingParty();
  const attempt = deps.limiter.attempt({ address });
  if (!attempt.allowed) throw tooManyAttempts(attempt.retryAfterSeconds);
  const at = deps.clock().toISOString();
  const challenge = challengeOf(response);
  const credentialId = credentialIdOf(response);
  if (challenge === null || credentialId === null) throw passkeyFailed('the answer is not a passkey sign-in');
  const consumed = await deps.store.challenges.consume(challenge, 'authentication', at);
  if (consumed === null) throw passkeyFailed('the sign-in request expired or was already used; try again');
  const passkey = await deps.store.passkeys.get(credentialId);
  if (passkey === null) throw passkeyFailed('this passkey is not registered here');
  const verified = await verifyAuthentication(rp, {
    response,
    expectedChallenge: challenge,
    credential: passkey,
    accountId: passkey.accountId,
  });
  if (!verified.ok) throw passkeyFailed(`the passkey's answer was refused (${verified.reason})`);
  if (!(await deps.store.passkeys.updateCounter(passkey.id, verified.newCounter, at)))
    throw passkeyFailed("the passkey's counter went backwards: it may have been copied");
  attempt.succeeded();
  return passkey.accountId;
}
