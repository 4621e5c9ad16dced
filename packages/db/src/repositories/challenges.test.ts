// WebAuthn challenges: issued for one purpose, consumed at most once and only before they expire, even when two
// requests (on two stores) race with the same answer.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { insertAccount, later, T0 } from './sign-in-fixtures.ts';

const newChallenge = () => randomBytes(32).toString('base64url');

for (const target of databaseTargets()) {
  describe(`WebAuthn challenges on ${target.name}`, () => {
    let store: Store;
    let account: string;
    before(async () => {
      store = await target.open();
      account = await insertAccount(store);
    });
    after(() => store.close());

    test('issued, consumed once, within five minutes by default', async () => {
      const challenge = newChallenge();
      const issued = await store.challenges.issue({
        challenge,
        purpose: 'registration',
        accountId: account,
        at: T0,
      });
      assert.deepEqual(issued, { id: issued.id, expiresAt: later(300) });
      assert.deepEqual(await store.challenges.consume(challenge, 'registration', later(299)), {
        id: issued.id,
        accountId: account,
        purpose: 'registration',
      });
      assert.equal(await store.challenges.consume(challenge, 'registration', later(299)), null);
    });

    test('usernameless sign-in challenges carry no account', async () => {
      const challenge = newChallenge();
      const issued = await store.challenges.issue({
        challenge,
        purpose: 'authentication',
        accountId: null,
        at: T0,
      });
      assert.deepEqual(await store.challenges.consume(challenge, 'authentication', later(1)), {
        id: issued.id,
        accountId: null,
        purpose: 'authentication',
      });
    });

    test('a challenge for one purpose does not serve the other, and is not used up by trying', async () => {
      const challenge = newChallenge();
      await store.challenges.issue({ challenge, purpose: 'authentication', accountId: null, at: T0 });
      assert.equal(await store.challenges.consume(challenge, 'registration', later(1)), null);
      assert.ok(await store.challenges.consume(challenge, 'authentication', later(2)));
    });

    test('an expired challenge is refused; the lifetime can be set', async () => {
      const challenge = newChallenge();
      await store.challenges.issue({
        challenge,
        purpose: 'authentication',
        accountId: null,
        at: T0,
        ttlSeconds: 60,
      });
      assert.equal(await store.challenges.consume(challenge, 'authentication', later(60)), null);
      const other = newChallenge();
      await store.challenges.issue({
        challenge: other,
        purpose: 'authentication',
        accountId: null,
        at: T0,
        ttlSeconds: 60,
      });
      assert.ok(await store.challenges.consume(other, 'authentication', later(59)));
    });

    test('racing consumers on two stores: exactly one gets the challenge', async () => {
      const sibling = await openSibling(store);
      try {
        for (let i = 0; i < 5; i++) {
          const challenge = newChallenge();
          await store.challenges.issue({ challenge, purpose: 'authentication', accountId: null, at: T0 });
          const results = await Promise.all([
            store.challenges.consume(challenge, 'authentication', later(1)),
            sibling.challenges.consume(challenge, 'authentication', later(1)),
            store.challenges.consume(challenge, 'authentication', later(1)),
            sibling.challenges.consume(challenge, 'authentication', later(1)),
          ]);
          assert.equal(results.filter((r) => r !== null).length, 1);
        }
      } finally {
        await sibling.close();
      }
    });

    test('bad arguments are refused without echoing the challenge; malformed ones consume nothing', async () => {
      const challenge = newChallenge();
      await store.challenges.issue({ challenge, purpose: 'registration', accountId: account, at: T0 });
      const ok = { challenge: newChallenge(), purpose: 'registration' as const, accountId: account, at: T0 };
      for (const [bad, code, message] of [
        [{ challenge }, 'CONFLICT', /issued before/],
        [{ challenge: 'short' }, 'BAD_INPUT', /base64url/],
        [{ challenge: `${newChallenge()}=` }, 'BAD_INPUT', /base64url/],
        [{ purpose: 'sign-up' }, 'BAD_INPUT', /purpose/],
        [{ accountId: 'x' }, 'BAD_INPUT', /accountId/],
        [{ accountId: uuidv7() }, 'BAD_INPUT', /no account/],
        [{ at: 'now' }, 'BAD_INPUT', /UTC time/],
        [{ ttlSeconds: 0 }, 'BAD_INPUT', /ttlSeconds/],
      ] as const)
        await assert.rejects(
          store.challenges.issue({ ...ok, ...bad } as never),
          (error: Error & { code?: string }) => {
            assert.equal(error.code, code);
            assert.match(error.message, message);
            assert.ok(!error.message.includes(challenge));
            return true;
          },
        );
      for (const malformed of ['', 'x', `${challenge} `, 42])
        assert.equal(await store.challenges.consume(malformed as string, 'registration', later(1)), null);
      await assert.rejects(store.challenges.consume(challenge, 'other' as never, later(1)), {
        code: 'BAD_INPUT',
      });
      assert.ok(await store.challenges.consume(challenge, 'registration', later(1)));
    });

    test('prune deletes used and expired challenges', async () => {
      const used = newChallenge();
      const waiting = newChallenge();
      await store.challenges.issue({
        challenge: used,
        purpose: 'authentication',
        accountId: null,
        at: later(3600),
      });
      await store.challenges.issue({
        challenge: waiting,
        purpose: 'authentication',
        accountId: null,
        at: later(3600),
      });
      await store.challenges.consume(used, 'authentication', later(3601));
      assert.ok((await store.challenges.prune(later(3602))) >= 1);
      assert.ok(await store.challenges.consume(waiting, 'authentication', later(3603)));
    });

    test('not logged, untouched by rebuildProjections', async () => {
      const size = await store.log.size();
      const challenge = newChallenge();
      await store.challenges.issue({ challenge, purpose: 'authentication', accountId: null, at: T0 });
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.ok(await store.challenges.consume(challenge, 'authentication', later(1)));
    });
  });
}
