// Account keys and version signatures: a key's validity period follows registration, rotation and revocation in
// the log; a public key is registered once and a key signs a version once (database keys); signatures are read
// through their version (none for a caller who may not read it); the read tables rebuild from the log exactly.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { expandVersionDraft, newEvent, PROCESS, PUBLIC, uuidv7, VersionCreate } from '@concord/core';
import { ed25519PublicKey, toBase64 } from '@concord/ledger';
import { loadScenario, type Scenario } from '../fixtures.ts';
import type { Store } from '../store.ts';
import { databaseTargets } from '../testing.ts';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-02T10:00:00.000Z';
const T2 = '2026-12-03T10:00:00.000Z';
const publicKey = (n: number) => toBase64(ed25519PublicKey(new Uint8Array(32).fill(n)));
const SIG = `${'A'.repeat(86)}==`;

for (const target of databaseTargets()) {
  describe(`account keys on ${target.name}`, () => {
    let store: Store;
    let s: Scenario;
    const accountId = uuidv7();
    const [first, second, third] = [uuidv7(), uuidv7(), uuidv7()];
    const hidden = expandVersionDraft({
      planId: '',
      draft: VersionCreate.parse({ label: 'Annex', status: 'final', points: [{ text: { en: 'x' } }] }),
    });
    const signed = (versionId: string, keyId: string) => ({
      id: uuidv7(),
      versionId,
      processId: s.processId,
      partyId: s.partyIds.ukraine,
      accountId,
      keyId,
      versionHash: 'b'.repeat(64),
      signature: SIG,
    });
    before(async () => {
      store = await target.open();
      s = await loadScenario(store);
      const annex = expandVersionDraft({
        planId: s.planId,
        draft: VersionCreate.parse({ label: 'Annex', status: 'final', points: [{ text: { en: 'x' } }] }),
      });
      Object.assign(hidden, annex);
      const actor = `account:${accountId}`;
      await store.transact(async (tx) => {
        const key = { accountId, label: 'laptop' };
        await tx.appendEvent(
          newEvent('key.registered', { id: first, publicKey: publicKey(1), ...key }, { actor, at: T0 }),
        );
        const rotated = { id: second, publicKey: publicKey(2), ...key, previousKeyId: first, approval: SIG };
        await tx.appendEvent(newEvent('key.rotated', rotated, { actor, at: T1 }));
        const scope = { processId: s.processId, subjectId: annex.version.id, audience: PROCESS };
        await tx.appendEvent(newEvent('version.created', annex, { actor, at: T1, scope }));
        const draft = s.draft.version.id;
        const draftScope = { processId: s.processId, subjectId: draft, audience: PUBLIC };
        await tx.appendEvent(
          newEvent('version.signed', signed(draft, second), { actor, at: T1, scope: draftScope }),
        );
        await tx.appendEvent(
          newEvent('version.signed', signed(annex.version.id, second), { actor, at: T1, scope }),
        );
        const revoked = { id: second, accountId, reason: 'laptop lost' };
        await tx.appendEvent(newEvent('key.revoked', revoked, { actor, at: T2 }));
        await tx.appendEvent(
          newEvent('key.registered', { id: third, publicKey: publicKey(3), ...key }, { actor, at: T2 }),
        );
      });
    });
    after(() => store.close());

    test('each key has its validity period, from registration to rotation or revocation', async () => {
      const keys = await store.keys.listByAccount(accountId);
      assert.deepEqual(
        keys.map((k) => [k.id, k.validFrom, k.validUntil, k.ended, k.reason, k.previousKeyId]),
        [
          [first, T0, T1, 'rotated', null, null],
          [second, T1, T2, 'revoked', 'laptop lost', first],
          [third, T2, null, null, null, null],
        ],
      );
      assert.equal((await store.keys.byPublicKey(publicKey(2)))?.id, second);
      assert.match(keys[0]?.fingerprint ?? '', /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
      assert.equal(await store.keys.get('not-a-uuid'), null);
    });

    test('a version’s signatures name the party and key; a caller who may not read the version reads none', async () => {
      const draft = await store.keys.signatures(s.draft.version.id);
      assert.deepEqual(
        draft.map((x) => [x.partyName, x.keyId, x.publicKey, x.signedAt]),
        [['Ukraine', second, publicKey(2), T1]],
      );
      assert.equal((await store.keys.signatures(hidden.version.id)).length, 1);
      assert.deepEqual(await store.readAs(null).keys.signatures(hidden.version.id), []);
    });

    test('a public key is registered once, and a key signs a version once', async () => {
      const again = { id: uuidv7(), accountId: uuidv7(), publicKey: publicKey(1), label: 'copy' };
      await assert.rejects(
        store.transact((tx) => tx.appendEvent(newEvent('key.registered', again, { actor: 'x', at: T2 }))),
      );
      const scope = { processId: s.processId, subjectId: hidden.version.id, audience: PROCESS };
      await assert.rejects(
        store.transact((tx) =>
          tx.appendEvent(
            newEvent('version.signed', signed(hidden.version.id, second), { actor: 'x', at: T2, scope }),
          ),
        ),
      );
      assert.equal((await store.keys.listByAccount(accountId)).length, 3);
    });

    test('the read tables rebuild from the log exactly', async () => {
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
    });
  });
}
