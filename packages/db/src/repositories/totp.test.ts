// TOTP secrets: two-phase enrolment, sign-in checks whose accepted step only moves forward (no replay, not even
// by two racing requests), and the secret handed only to the caller's check function, never returned.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { insertAccount, later, T0 } from './sign-in-fixtures.ts';
import type { TotpCheck } from './totp.ts';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const OTHER_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

/** A check that accepts `step` when the secret is `secret` (and records what it was given). */
function accepting(step: number, secret = SECRET) {
  const calls: { secret: string; lastStep: number | null }[] = [];
  const check: TotpCheck = (s, lastStep) => {
    calls.push({ secret: s, lastStep });
    return s === secret ? step : null;
  };
  return { check, calls };
}

for (const target of databaseTargets()) {
  describe(`TOTP secrets on ${target.name}`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    test('enrol, then confirm with a code; only then does sign-in accept codes', async () => {
      const account = await insertAccount(store);
      assert.equal(await store.totp.status(account), null);
      assert.equal(await store.totp.enrol(account, SECRET, T0), true);
      assert.deepEqual(await store.totp.status(account), {
        confirmed: false,
        createdAt: T0,
        confirmedAt: null,
      });
      const early = accepting(100);
      assert.equal(
        await store.totp.verify(account, early.check),
        false,
        'unconfirmed secrets do not sign in',
      );
      assert.equal(early.calls.length, 0);
      assert.equal(await store.totp.confirm(account, accepting(100, OTHER_SECRET).check, later(30)), false);
      const confirm = accepting(100);
      assert.equal(await store.totp.confirm(account, confirm.check, later(30)), true);
      assert.deepEqual(confirm.calls, [{ secret: SECRET, lastStep: null }]);
      assert.deepEqual(await store.totp.status(account), {
        confirmed: true,
        createdAt: T0,
        confirmedAt: later(30),
      });
      assert.equal(
        await store.totp.confirm(account, accepting(101).check, later(40)),
        false,
        'already confirmed',
      );
    });

    test('a step is accepted once: the same or an older step is refused, a later one accepted', async () => {
      const account = await insertAccount(store);
      await store.totp.enrol(account, SECRET, T0);
      await store.totp.confirm(account, accepting(100).check, T0);
      const replay = accepting(100);
      assert.equal(await store.totp.verify(account, replay.check), false);
      assert.deepEqual(replay.calls, [{ secret: SECRET, lastStep: 100 }]);
      assert.equal(await store.totp.verify(account, accepting(99).check), false);
      assert.equal(await store.totp.verify(account, accepting(101).check), true);
      assert.equal(await store.totp.verify(account, accepting(101).check), false);
      assert.equal(await store.totp.verify(account, accepting(102).check), true);
      for (const bad of [Number.NaN, -1, 103.5, Number.POSITIVE_INFINITY])
        assert.equal(await store.totp.verify(account, () => bad), false, String(bad));
      assert.equal(await store.totp.verify(account, () => null), false);
    });

    test('two requests racing with the same code: exactly one succeeds, across stores', async () => {
      const account = await insertAccount(store);
      await store.totp.enrol(account, SECRET, T0);
      await store.totp.confirm(account, accepting(200).check, T0);
      const sibling = await openSibling(store);
      try {
        const results = await Promise.all([
          store.totp.verify(account, accepting(201).check),
          sibling.totp.verify(account, accepting(201).check),
          store.totp.verify(account, accepting(201).check),
        ]);
        assert.equal(results.filter(Boolean).length, 1, JSON.stringify(results));
      } finally {
        await sibling.close();
      }
    });

    test('a confirmed secret is not replaced by a new enrolment; removing it allows one', async () => {
      const account = await insertAccount(store);
      await store.totp.enrol(account, SECRET, T0);
      assert.equal(await store.totp.enrol(account, OTHER_SECRET, later(10)), true, 'unconfirmed: replaced');
      assert.equal(await store.totp.confirm(account, accepting(300).check, later(20)), false);
      assert.equal(await store.totp.confirm(account, accepting(300, OTHER_SECRET).check, later(20)), true);
      assert.equal(await store.totp.enrol(account, SECRET, later(30)), false);
      assert.equal(await store.totp.verify(account, accepting(301, OTHER_SECRET).check), true);
      assert.equal(await store.totp.remove(account), true);
      assert.equal(await store.totp.status(account), null);
      assert.equal(await store.totp.verify(account, accepting(302, OTHER_SECRET).check), false);
      assert.equal(await store.totp.remove(account), false);
      assert.equal(await store.totp.enrol(account, SECRET, later(40)), true);
      assert.deepEqual(await store.totp.status(account), {
        confirmed: false,
        createdAt: later(40),
        confirmedAt: null,
      });
    });

    test('no function but the check ever sees the secret', async () => {
      const account = await insertAccount(store);
      await store.totp.enrol(account, SECRET, T0);
      await store.totp.confirm(account, accepting(400).check, T0);
      const answers = [
        await store.totp.status(account),
        await store.totp.verify(account, accepting(401).check),
        await store.totp.enrol(account, OTHER_SECRET, T0),
      ];
      assert.ok(!JSON.stringify(answers).includes(SECRET));
    });

    test('bad arguments: refused without echoing the secret; unknown or malformed accounts read as nothing', async () => {
      const account = await insertAccount(store);
      for (const [attempt, message] of [
        [() => store.totp.enrol(account, 'jbswy3dpehpk3pxp', T0), /base32/],
        [() => store.totp.enrol(account, `${SECRET}!`, T0), /base32/],
        [() => store.totp.enrol(uuidv7(), SECRET, T0), /no account/],
        [() => store.totp.enrol(account, SECRET, 'today'), /UTC time/],
      ] as const)
        await assert.rejects(attempt, (error: Error & { code?: string }) => {
          assert.equal(error.code, 'BAD_INPUT');
          assert.match(error.message, message);
          assert.ok(!error.message.includes(SECRET) && !error.message.toUpperCase().includes(SECRET));
          return true;
        });
      assert.equal(await store.totp.status('x'), null);
      assert.equal(await store.totp.verify('x', accepting(1).check), false);
      assert.equal(await store.totp.verify(uuidv7(), accepting(1).check), false);
      assert.equal(await store.totp.remove('x'), false);
    });

    test('not logged, untouched by rebuildProjections', async () => {
      const account = await insertAccount(store);
      const size = await store.log.size();
      await store.totp.enrol(account, SECRET, T0);
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.ok(await store.totp.status(account));
    });
  });
}
