import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SoftAuthenticator } from './soft-authenticator.ts';
import {
  authenticationOptions,
  challengeOf,
  credentialIdOf,
  type PasskeyCredential,
  registrationOptions,
  relyingParty,
  userHandleOf,
  verifyAuthentication,
  verifyRegistration,
} from './webauthn.ts';

const ORIGIN = 'http://localhost:4000';
const rp = relyingParty(ORIGIN);
const accountId = '0192f4a8-7b3c-7def-8123-456789abcdef';
const otherAccountId = '0192f4a8-7b3c-7def-8123-000000000000';

async function registered(authenticator = new SoftAuthenticator({ origin: ORIGIN, rpID: 'localhost' })) {
  const options = await registrationOptions(rp, {
    accountId,
    userName: 'olena.k',
    displayName: 'Olena K.',
    existing: [],
  });
  const response = authenticator.register(options);
  const result = await verifyRegistration(rp, { response, expectedChallenge: options.challenge });
  assert.ok(result.ok, JSON.stringify(result));
  return { authenticator, credential: result.credential };
}

async function signIn(
  authenticator: SoftAuthenticator,
  credential: PasskeyCredential,
  forAccount = accountId,
) {
  const options = await authenticationOptions(rp);
  const response = authenticator.authenticate(options);
  return verifyAuthentication(rp, {
    response,
    expectedChallenge: options.challenge,
    credential,
    accountId: forAccount,
  });
}

describe('WebAuthn', () => {
  test('the relying party comes from the configured origin; IP addresses and plain http elsewhere are refused', () => {
    assert.deepEqual(relyingParty('http://localhost:4000'), {
      origin: 'http://localhost:4000',
      rpID: 'localhost',
      rpName: 'Concord',
    });
    assert.deepEqual(relyingParty('https://Concord.Example.org/'), {
      origin: 'https://concord.example.org',
      rpID: 'concord.example.org',
      rpName: 'Concord',
    });
    assert.throws(() => relyingParty('http://127.0.0.1:4000'), /http:\/\/localhost:4000/);
    assert.throws(() => relyingParty('http://[::1]:4000'), /host name/);
    assert.throws(() => relyingParty('http://concord.example.org'), /https/);
  });

  test('registration options: no attestation, discoverable credential, user verification required, exclusions', async () => {
    const options = await registrationOptions(rp, {
      accountId,
      userName: 'olena.k',
      displayName: 'Olena K.',
      existing: [{ id: 'AAAA', transports: ['internal'] }],
    });
    assert.equal(options.attestation, 'none');
    assert.equal(options.rp.id, 'localhost');
    assert.equal(options.rp.name, 'Concord');
    assert.equal(options.user.name, 'olena.k');
    assert.equal(options.user.displayName, 'Olena K.');
    assert.equal(options.user.id, Buffer.from(userHandleOf(accountId)).toString('base64url'));
    assert.equal(options.authenticatorSelection?.residentKey, 'required');
    assert.equal(options.authenticatorSelection?.requireResidentKey, true);
    assert.equal(options.authenticatorSelection?.userVerification, 'required');
    assert.deepEqual(options.excludeCredentials, [
      { id: 'AAAA', type: 'public-key', transports: ['internal'] },
    ]);
    assert.ok(Buffer.from(options.challenge, 'base64url').length >= 32);
    assert.equal(options.timeout, 300_000);
  });

  test('a full ceremony: register, then sign in twice; the counter goes up', async () => {
    const { authenticator, credential } = await registered();
    assert.equal(credential.id, authenticator.id);
    assert.equal(credential.counter, 0);
    assert.deepEqual(credential.transports, ['internal']);
    assert.ok(credential.publicKey.length > 60);
    const options = await authenticationOptions(rp);
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.userVerification, 'required');
    assert.deepEqual(options.allowCredentials ?? [], []);
    const first = await signIn(authenticator, credential);
    assert.deepEqual(first, { ok: true, newCounter: 1 });
    const second = await signIn(authenticator, { ...credential, counter: 1 });
    assert.deepEqual(second, { ok: true, newCounter: 2 });
  });

  test('a response names its challenge and credential, which the caller looks up before verifying', async () => {
    const authenticator = new SoftAuthenticator({ origin: ORIGIN, rpID: 'localhost' });
    const options = await authenticationOptions(rp);
    const response = authenticator.authenticate(options);
    assert.equal(challengeOf(response), options.challenge);
    assert.equal(credentialIdOf(response), authenticator.id);
    for (const garbage of [null, 'x', {}, { response: { clientDataJSON: '!!' } }, { id: 'a b' }]) {
      assert.equal(challengeOf(garbage), null);
      assert.equal(credentialIdOf(garbage), null);
    }
    const notJson = { response: { clientDataJSON: Buffer.from('nope').toString('base64url') } };
    assert.equal(challengeOf(notJson), null);
  });

  test('refusals: wrong challenge, origin, RP ID, no user verification; the reason never quotes the challenge', async () => {
    const { authenticator, credential } = await registered();
    const options = await authenticationOptions(rp);
    const response = authenticator.authenticate(options);
    const other = await authenticationOptions(rp);
    const wrong = await verifyAuthentication(rp, {
      response,
      expectedChallenge: other.challenge,
      credential,
      accountId,
    });
    assert.deepEqual(wrong, { ok: false, reason: 'challenge' });
    assert.ok(!JSON.stringify(wrong).includes(options.challenge));

    authenticator.options = { origin: 'http://evil.localhost:4000', rpID: 'localhost' };
    assert.deepEqual(await signIn(authenticator, { ...credential, counter: authenticator.counter }), {
      ok: false,
      reason: 'origin',
    });
    authenticator.options = { origin: ORIGIN, rpID: 'evil.localhost' };
    assert.deepEqual(await signIn(authenticator, { ...credential, counter: authenticator.counter }), {
      ok: false,
      reason: 'rp-id',
    });
    authenticator.options = { origin: ORIGIN, rpID: 'localhost', userVerified: false };
    assert.deepEqual(await signIn(authenticator, { ...credential, counter: authenticator.counter }), {
      ok: false,
      reason: 'user-verification',
    });
  });

  test('registration without user verification, or from another origin, is refused', async () => {
    for (const [options, reason] of [
      [{ origin: ORIGIN, rpID: 'localhost', userVerified: false }, 'user-verification'],
      [{ origin: 'https://evil.example', rpID: 'localhost' }, 'origin'],
    ] as const) {
      const authenticator = new SoftAuthenticator(options);
      const creation = await registrationOptions(rp, {
        accountId,
        userName: 'x',
        displayName: 'x',
        existing: [],
      });
      const result = await verifyRegistration(rp, {
        response: authenticator.register(creation),
        expectedChallenge: creation.challenge,
      });
      assert.deepEqual(result, { ok: false, reason });
    }
  });

  test('a counter that does not go up (a cloned authenticator) is refused', async () => {
    const { authenticator, credential } = await registered();
    assert.ok((await signIn(authenticator, credential)).ok);
    assert.ok((await signIn(authenticator, { ...credential, counter: 1 })).ok);
    authenticator.counter = 1;
    assert.deepEqual(await signIn(authenticator, { ...credential, counter: 2 }), {
      ok: false,
      reason: 'counter',
    });
  });

  test('an authenticator without a counter keeps working at 0', async () => {
    const { authenticator, credential } = await registered();
    authenticator.keepsCounter = false;
    assert.deepEqual(await signIn(authenticator, credential), { ok: true, newCounter: 0 });
    assert.deepEqual(await signIn(authenticator, credential), { ok: true, newCounter: 0 });
  });

  test('the response must be for the stored credential, of the stored account, signed by its key', async () => {
    const { authenticator, credential } = await registered();
    const { credential: second } = await registered();
    assert.deepEqual(await signIn(authenticator, second), { ok: false, reason: 'credential' });
    assert.deepEqual(await signIn(authenticator, credential, otherAccountId), {
      ok: false,
      reason: 'user-handle',
    });
    assert.deepEqual(await signIn(authenticator, { ...credential, publicKey: second.publicKey }), {
      ok: false,
      reason: 'signature',
    });
  });

  test('garbage never throws', async () => {
    const { credential } = await registered();
    for (const response of [null, 42, {}, { id: credential.id, response: {} }]) {
      assert.deepEqual(await verifyRegistration(rp, { response, expectedChallenge: 'abc' }), {
        ok: false,
        reason: 'malformed',
      });
      const result = await verifyAuthentication(rp, {
        response,
        expectedChallenge: 'abc',
        credential,
        accountId,
      });
      assert.equal(result.ok, false);
    }
  });
});
