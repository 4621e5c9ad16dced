// Keys and signatures over HTTP: an account registers a key (malformed and small-order keys refused), rotates it
// with the old key's approval (a forged approval refused), revokes it with a reason; its keys are listed with
// their validity periods. A delegate signs a final version for its own party with its valid key, once; a bad
// signature, a draft, a mediator, a revoked key are refused, and every refusal writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { keyRotationMessage, versionSignatureMessage } from '@concord/core/signatures';
import { databaseTargets, type Store, tableDigest } from '@concord/db';
import { ed25519PublicKey, ed25519Sign, fromHex, toBase64 } from '@concord/ledger';
import { createApp } from '../app.ts';
import { type Caller, callAs, isProblem, memberToken, seedProcess, signedIn } from '../test-support.ts';

const seedOf = (n: number) => new Uint8Array(32).fill(n);
const pub = (n: number) => toBase64(ed25519PublicKey(seedOf(n)));
const sign = (n: number, message: Uint8Array) => toBase64(ed25519Sign(seedOf(n), message));

for (const target of databaseTargets()) {
  describe(`keys and signatures API (${target.name})`, () => {
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let mediator: Caller;
    let seed: Awaited<ReturnType<typeof seedProcess>>;
    let delegate: { token: string; accountId: string };
    let final: { id: string };
    let draft: { id: string };
    let keyId: string;
    const as = (token: string, method: string, path: string, body?: unknown) =>
      callAs(app, token, method, path, body);
    const unchanged = async (fn: () => Promise<void>) => {
      const digest = await tableDigest(store);
      const size = await store.log.size();
      await fn();
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await tableDigest(store), digest);
    };

    before(async () => {
      store = await target.open();
      app = createApp({ store });
      mediator = await signedIn(store, { name: 'US mediation' });
      seed = await seedProcess(app, mediator);
      const version = async (status: string) =>
        (
          await mediator(app, 'POST', `/api/plans/${seed.plan.id}/versions`, {
            label: status,
            status,
            points: [{ text: { en: 'A ceasefire holds.', uk: 'Припинення вогню діє.' } }],
          })
        ).body;
      final = await version('final');
      draft = await version('circulated');
      delegate = await memberToken(store, seed.process.id, 'delegate', { partyId: seed.ukraine.id });
    });
    after(() => store.close());

    test('a key is registered; malformed, small-order and second keys are refused and write nothing', async () => {
      await unchanged(async () => {
        for (const bad of [
          toBase64(fromHex(`01${'00'.repeat(31)}`)),
          'not base64',
          toBase64(new Uint8Array(31)),
        ]) {
          const answer = await as(delegate.token, 'POST', '/api/keys', { publicKey: bad, label: 'x' });
          assert.equal(answer.status, 400, bad);
        }
      });
      const registered = await as(delegate.token, 'POST', '/api/keys', {
        publicKey: pub(1),
        label: 'laptop',
      });
      assert.equal(registered.status, 201, JSON.stringify(registered.body));
      keyId = registered.body.id;
      assert.equal(registered.body.validUntil, null);
      await unchanged(async () => {
        const second = await as(delegate.token, 'POST', '/api/keys', { publicKey: pub(2), label: 'phone' });
        assert.ok(isProblem(second, 409, 'conflict'));
      });
    });

    test('a delegate signs the final version for its party; the server verifies first', async () => {
      const hashed = await callAs(app, null, 'GET', `/api/versions/${final.id}/signatures`);
      assert.equal(hashed.status, 200);
      const hash = hashed.body.versionHash as string;
      const good = sign(1, versionSignatureMessage(hash));
      await unchanged(async () => {
        const forged = sign(9, versionSignatureMessage(hash));
        const bad = await as(delegate.token, 'POST', `/api/versions/${final.id}/signatures`, {
          keyId,
          signature: forged,
        });
        assert.ok(isProblem(bad, 422, 'signature-invalid'), JSON.stringify(bad.body));
        const onDraft = await as(delegate.token, 'POST', `/api/versions/${draft.id}/signatures`, {
          keyId,
          signature: good,
        });
        assert.ok(isProblem(onDraft, 409, 'conflict'));
        const byMediator = await mediator(app, 'POST', `/api/versions/${final.id}/signatures`, {
          keyId,
          signature: good,
        });
        assert.equal(byMediator.status, 403);
      });
      const signed = await as(delegate.token, 'POST', `/api/versions/${final.id}/signatures`, {
        keyId,
        signature: good,
      });
      assert.equal(signed.status, 201, JSON.stringify(signed.body));
      assert.equal(signed.body.partyId, seed.ukraine.id);
      assert.equal(signed.body.partyName, 'Ukraine');
      await unchanged(async () => {
        const again = await as(delegate.token, 'POST', `/api/versions/${final.id}/signatures`, {
          keyId,
          signature: good,
        });
        assert.ok(isProblem(again, 409, 'conflict'));
      });
      const list = (await callAs(app, null, 'GET', `/api/versions/${final.id}/signatures`)).body;
      assert.deepEqual(
        list.items.map((s: { keyId: string; versionHash: string }) => [s.keyId, s.versionHash]),
        [[keyId, hash]],
      );
    });

    test('rotation needs the old key’s approval; revocation ends a key; the list shows each period', async () => {
      const body = (approval: string) => ({ publicKey: pub(2), label: 'new laptop', approval });
      const message = keyRotationMessage(delegate.accountId, keyId, pub(2));
      await unchanged(async () => {
        const forged = await as(
          delegate.token,
          'POST',
          `/api/keys/${keyId}/rotation`,
          body(sign(2, message)),
        );
        assert.ok(isProblem(forged, 422, 'signature-invalid'));
      });
      const rotated = await as(delegate.token, 'POST', `/api/keys/${keyId}/rotation`, body(sign(1, message)));
      assert.equal(rotated.status, 201, JSON.stringify(rotated.body));
      const revoked = await as(delegate.token, 'POST', `/api/keys/${rotated.body.id}/revocation`, {
        reason: 'lost',
      });
      assert.equal(revoked.status, 200);
      const keys = (await callAs(app, null, 'GET', `/api/accounts/${delegate.accountId}/keys`)).body.items;
      assert.deepEqual(
        keys.map((k: { ended: string | null; reason: string | null }) => [k.ended, k.reason]),
        [
          ['rotated', null],
          ['revoked', 'lost'],
        ],
      );
      await unchanged(async () => {
        const hash = (await callAs(app, null, 'GET', `/api/versions/${final.id}/signatures`)).body
          .versionHash;
        const late = { keyId: rotated.body.id, signature: sign(2, versionSignatureMessage(hash)) };
        const answer = await as(delegate.token, 'POST', `/api/versions/${final.id}/signatures`, late);
        assert.ok(isProblem(answer, 409, 'conflict'));
      });
    });
  });
}
