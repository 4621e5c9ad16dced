// Registering a passkey for the signed-in account: a challenge bound to the account, then the authenticator's
// answer verified against it (consumed first, once) and the credential stored with a name the person chose.
import type { Store } from '@concord/db';
import {
  challengeOf,
  type RelyingParty,
  registrationOptions,
  verifyRegistration,
  WEBAUTHN_TIMEOUT_SECONDS,
} from '../auth/webauthn.ts';
import type { Clock } from '../commands/context.ts';
import { notFound, passkeyRefused } from '../problems.ts';

type Deps = { store: Store; clock: Clock; relyingParty: () => RelyingParty };

export async function beginPasskeyRegistration(deps: Deps, accountId: string) {
  const account = await deps.store.accounts.get(accountId);
  if (account === null) throw notFound('account', accountId);
  const existing = await deps.store.passkeys.listFor(accountId);
  const options = await registrationOptions(deps.relyingParty(), {
    accountId,
    userName: account.handle,
    displayName: account.name,
    existing: existing.map((k) => ({ id: k.id, transports: k.transports })),
  });
  await deps.store.challenges.issue({
    challenge: options.challenge,
    purpose: 'registration',
    accountId,
    at: deps.clock().toISOString(),
    ttlSeconds: WEBAUTHN_TIMEOUT_SECONDS,
  });
  return options;
}

export async function finishPasskeyRegistration(
  deps: Deps,
  accountId: string,
  input: { response: unknown; name: string },
) {
  const rp = deps.relyingParty();
  const at = deps.clock().toISOString();
  const challenge = challengeOf(input.response);
  if (challenge === null) throw passkeyRefused('the answer is not a passkey registration');
  const consumed = await deps.store.challenges.consume(challenge, 'registration', at);
  if (consumed === null || consumed.accountId !== accountId)
    throw passkeyRefused('the registration request expired or was already used; try again');
  const verified = await verifyRegistration(rp, { response: input.response, expectedChallenge: challenge });
  if (!verified.ok) throw passkeyRefused(`the authenticator's answer was refused (${verified.reason})`);
  if ((await deps.store.passkeys.get(verified.credential.id)) !== null)
    throw passkeyRefused('this passkey is already registered');
  return deps.store.passkeys.add({ ...verified.credential, accountId, label: input.name, at });
}
