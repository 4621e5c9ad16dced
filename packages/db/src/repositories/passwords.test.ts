// Password hashes: one per account, set, replaced, read back for verification, removed; beside the log.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { insertAccount, later, T0 } from './sign-in-fixtures.ts';

const HASH_A = `scrypt$32768$8$1$${Buffer.alloc(16, 1).toString('base64')}$${Buffer.alloc(32, 2).toString('base64')}`;
const HASH_B = `scrypt$32768$8$1$${Buffer.alloc(16, 3).toString('base64')}$${Buffer.alloc(32, 4).toString('base64')}`;

for (const target of databaseTargets()) {
  describe(`passwords on ${target.name}`, () => {
    let store: Store;
    let account: string;
    before(async () => {
      store = await target.open();
      account = await insertAccount(store);
    });
    after(() => store.close());

    test('an account without a password reads null; set, replace, remove', async () => {
      assert.equal(await store.passwords.get(account), null);
      await store.passwords.set(account, HASH_A, T0);
      assert.equal(await store.passwords.get(account), HASH_A);
      await store.passwords.set(account, HASH_B, later(60));
      const sibling = await openSibling(store);
      try {
        assert.equal(await sibling.passwords.get(account), HASH_B);
      } finally {
        await sibling.close();
      }
      assert.equal(await store.passwords.remove(account), true);
      assert.equal(await store.passwords.get(account), null);
      assert.equal(await store.passwords.remove(account), false);
    });

    test('malformed ids read as nothing; bad arguments are refused without echoing the hash', async () => {
      assert.equal(await store.passwords.get('not-a-uuid'), null);
      assert.equal(await store.passwords.get(uuidv7()), null);
      assert.equal(await store.passwords.remove('x'), false);
      const refusals: [() => Promise<unknown>, RegExp][] = [
        [() => store.passwords.set(uuidv7(), HASH_A, T0), /no account/],
        [() => store.passwords.set('x', HASH_A, T0), /accountId must be a UUID/],
        [() => store.passwords.set(account, HASH_A, 'now'), /at must be a UTC time/],
        [() => store.passwords.set(account, 'short', T0), /encoded password hash/],
        [() => store.passwords.set(account, `${HASH_A} with spaces`, T0), /encoded password hash/],
      ];
      for (const [attempt, message] of refusals)
        await assert.rejects(attempt, (error: Error & { code?: string }) => {
          assert.equal(error.code, 'BAD_INPUT');
          assert.match(error.message, message);
          assert.ok(!error.message.includes(HASH_A.slice(17)));
          return true;
        });
    });

    test('not logged, untouched by rebuildProjections', async () => {
      const size = await store.log.size();
      await store.passwords.set(account, HASH_A, T0);
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.equal(await store.passwords.get(account), HASH_A);
    });
  });
}
