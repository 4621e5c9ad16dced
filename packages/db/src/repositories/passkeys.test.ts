// Passkeys: registered per account, listed without keys, read with the public key for verification, counters
// that only move forward, removal by their owner only.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { insertAccount, later, T0 } from './sign-in-fixtures.ts';

const credentialId = () => randomBytes(16).toString('base64url');
const publicKey = () => new Uint8Array(randomBytes(77));

for (const target of databaseTargets()) {
  describe(`passkeys on ${target.name}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    test('add, list without keys, get with the key', async () => {
      const account = await insertAccount(store);
      const id = credentialId();
      const key = publicKey();
      const added = await store.passkeys.add({
        id,
        accountId: account,
        publicKey: key,
        counter: 0,
        transports: ['internal', 'hybrid', 'internal', 'carrier-pigeon'],
        label: '  Laptop\n',
        at: T0,
      });
      const summary = {
        id,
        accountId: account,
        label: 'Laptop',
        transports: ['internal', 'hybrid'],
        counter: 0,
        createdAt: T0,
        lastUsedAt: null,
      };
      assert.deepEqual(added, summary);
      const second = await store.passkeys.add({
        id: credentialId(),
        accountId: account,
        publicKey: publicKey(),
        counter: 3,
        transports: [],
        label: 'x'.repeat(500),
        at: later(60),
      });
      assert.equal(second.label.length, 120);
      const listed = await store.passkeys.listFor(account);
      assert.deepEqual(
        listed.map((k) => k.id),
        [id, second.id],
      );
      assert.deepEqual(listed[0], summary);
      for (const k of listed) assert.equal('publicKey' in k, false);
      const got = await store.passkeys.get(id);
      assert.deepEqual(got, { ...summary, publicKey: key });
      assert.ok(got?.publicKey instanceof Uint8Array);
      assert.deepEqual(await store.passkeys.listFor(await insertAccount(store)), []);
    });

    test('a credential is registered once, to one account', async () => {
      const id = credentialId();
      const [a, b] = [await insertAccount(store), await insertAccount(store)];
      const input = { id, publicKey: publicKey(), counter: 0, transports: [], label: 'key', at: T0 };
      await store.passkeys.add({ ...input, accountId: a });
      await assert.rejects(store.passkeys.add({ ...input, accountId: b }), {
        name: 'StoreError',
        code: 'CONFLICT',
      });
      assert.equal((await store.passkeys.get(id))?.accountId, a);
    });

    test('the counter only moves forward; authenticators without one stay at 0', async () => {
      const account = await insertAccount(store);
      const id = credentialId();
      await store.passkeys.add({
        id,
        accountId: account,
        publicKey: publicKey(),
        counter: 0,
        transports: [],
        label: '',
        at: T0,
      });
      assert.equal(await store.passkeys.updateCounter(id, 5, later(10)), true);
      assert.equal(await store.passkeys.updateCounter(id, 5, later(20)), false);
      assert.equal(await store.passkeys.updateCounter(id, 4, later(20)), false);
      assert.equal(await store.passkeys.updateCounter(id, 0, later(20)), false);
      assert.equal(await store.passkeys.updateCounter(id, 6, later(30)), true);
      const got = await store.passkeys.get(id);
      assert.equal(got?.counter, 6);
      assert.equal(got?.lastUsedAt, later(30));

      const zero = credentialId();
      await store.passkeys.add({
        id: zero,
        accountId: account,
        publicKey: publicKey(),
        counter: 0,
        transports: [],
        label: '',
        at: T0,
      });
      assert.equal(await store.passkeys.updateCounter(zero, 0, later(10)), true);
      assert.equal(await store.passkeys.updateCounter(zero, 0, later(20)), true);
      assert.equal((await store.passkeys.get(zero))?.lastUsedAt, later(20));
      assert.equal(
        await store.passkeys.updateCounter(credentialId(), 1, later(20)),
        false,
        'unknown passkey',
      );
    });

    test('two sign-ins racing with the same counter: one counts', async () => {
      const account = await insertAccount(store);
      const id = credentialId();
      await store.passkeys.add({
        id,
        accountId: account,
        publicKey: publicKey(),
        counter: 1,
        transports: [],
        label: '',
        at: T0,
      });
      const sibling = await openSibling(store);
      try {
        const results = await Promise.all([
          store.passkeys.updateCounter(id, 2, later(1)),
          sibling.passkeys.updateCounter(id, 2, later(1)),
        ]);
        assert.deepEqual(results.sort(), [false, true]);
      } finally {
        await sibling.close();
      }
    });

    test('only the owner removes a passkey', async () => {
      const [owner, other] = [await insertAccount(store), await insertAccount(store)];
      const id = credentialId();
      await store.passkeys.add({
        id,
        accountId: owner,
        publicKey: publicKey(),
        counter: 0,
        transports: [],
        label: '',
        at: T0,
      });
      assert.equal(await store.passkeys.remove(id, other), false);
      assert.ok(await store.passkeys.get(id));
      assert.equal(await store.passkeys.remove(id, owner), true);
      assert.equal(await store.passkeys.get(id), null);
      assert.equal(await store.passkeys.remove(id, owner), false);
    });

    test('bad arguments are refused; malformed ids read as nothing', async () => {
      const account = await insertAccount(store);
      const ok = {
        id: credentialId(),
        accountId: account,
        publicKey: publicKey(),
        counter: 0,
        transports: [],
        label: '',
        at: T0,
      };
      for (const [bad, message] of [
        [{ id: 'not base64url!' }, /credential id/],
        [{ id: '' }, /credential id/],
        [{ accountId: uuidv7() }, /no account/],
        [{ publicKey: new Uint8Array() }, /publicKey/],
        [{ publicKey: 'key' }, /publicKey/],
        [{ counter: -1 }, /counter/],
        [{ counter: 2 ** 32 }, /counter/],
        [{ at: 'now' }, /UTC time/],
      ] as const)
        await assert.rejects(store.passkeys.add({ ...ok, ...bad } as never), {
          name: 'StoreError',
          code: 'BAD_INPUT',
          message,
        });
      assert.equal(await store.passkeys.get('!!'), null);
      assert.equal(await store.passkeys.get(credentialId()), null);
      assert.deepEqual(await store.passkeys.listFor('x'), []);
      assert.equal(await store.passkeys.remove('!!', account), false);
      await assert.rejects(store.passkeys.updateCounter(ok.id, 1.5, T0), { code: 'BAD_INPUT' });
    });

    test('not logged, untouched by rebuildProjections', async () => {
      const account = await insertAccount(store);
      const size = await store.log.size();
      const id = credentialId();
      await store.passkeys.add({
        id,
        accountId: account,
        publicKey: publicKey(),
        counter: 0,
        transports: [],
        label: '',
        at: T0,
      });
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.ok(await store.passkeys.get(id));
    });
  });
}
