// Sessions: opened by token hash, found while live (idle and absolute expiry), ended one by one or all at once,
// and every change visible at once to another store on the same database.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from '@concord/core';
import { storeDatabase } from '../create-store.ts';
import type { Store } from '../store.ts';
import { databaseTargets, openSibling } from '../testing.ts';
import { disableAccount, insertAccount, later, T0 } from './sign-in-fixtures.ts';

const newHash = () => createHash('sha256').update(randomBytes(32)).digest('hex');
const browser = { userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', address: '192.0.2.10' };

for (const target of databaseTargets()) {
  describe(`sessions on ${target.name}`, () => {
    let store: Store;
    let sibling: Store;
    let olena: string;
    let taras: string;
    before(async () => {
      store = await target.open();
      sibling = await openSibling(store);
      olena = await insertAccount(store, 'olena');
      taras = await insertAccount(store, 'taras');
    });
    after(async () => {
      await sibling.close();
      await store.close();
    });

    test('open: 30 minutes idle, 12 hours absolute; only the hash is stored', async () => {
      const tokenHash = newHash();
      const session = await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      assert.deepEqual(session, {
        id: session.id,
        accountId: olena,
        createdAt: T0,
        lastSeenAt: T0,
        idleExpiresAt: later(30 * 60),
        absoluteExpiresAt: later(12 * 3600),
        ...browser,
      });
      assert.match(session.id, /^[0-9a-f-]{36}$/);
      assert.deepEqual(await store.sessions.find(tokenHash, later(10)), session);
      const row = await storeDatabase(store)
        .selectFrom('sessions')
        .selectAll()
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.token_hash, tokenHash);
    });

    test('find refreshes the idle expiry (at most once a minute); inactivity ends the session', async () => {
      const tokenHash = newHash();
      await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      // Within a minute: no write, same expiry.
      assert.equal((await store.sessions.find(tokenHash, later(30)))?.idleExpiresAt, later(30 * 60));
      const at29 = await store.sessions.find(tokenHash, later(29 * 60));
      assert.equal(at29?.lastSeenAt, later(29 * 60));
      assert.equal(at29?.idleExpiresAt, later(59 * 60));
      // Another store on the same database sees the refreshed row.
      assert.equal((await sibling.sessions.find(tokenHash, later(58 * 60)))?.idleExpiresAt, later(88 * 60));
      assert.equal(await store.sessions.find(tokenHash, later(88 * 60)), null, 'idle for 30 minutes');
      assert.equal(await store.sessions.find(tokenHash, later(89 * 60)), null);
    });

    test('however active, a session ends at its absolute expiry; the idle expiry never passes it', async () => {
      const tokenHash = newHash();
      await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      let last = null;
      for (let minutes = 20; minutes < 12 * 60; minutes += 20)
        last = await store.sessions.find(tokenHash, later(minutes * 60));
      assert.equal(last?.idleExpiresAt, later(12 * 3600), 'capped at the absolute expiry');
      assert.equal((await store.sessions.find(tokenHash, later(12 * 3600 - 1))) !== null, true);
      assert.equal(await store.sessions.find(tokenHash, later(12 * 3600)), null);
    });

    test('idle and absolute lifetimes are configurable per session', async () => {
      const tokenHash = newHash();
      const session = await store.sessions.open({
        tokenHash,
        accountId: olena,
        at: T0,
        ...browser,
        idleSeconds: 300,
        absoluteSeconds: 600,
      });
      assert.equal(session.idleExpiresAt, later(300));
      assert.equal(session.absoluteExpiresAt, later(600));
      assert.equal((await store.sessions.find(tokenHash, later(299)))?.idleExpiresAt, later(599));
      assert.equal((await store.sessions.find(tokenHash, later(598)))?.idleExpiresAt, later(600));
      assert.equal(await store.sessions.find(tokenHash, later(600)), null);
      for (const bad of [{ idleSeconds: 0 }, { absoluteSeconds: 1.5 }, { idleSeconds: 10 ** 9 }])
        await assert.rejects(
          store.sessions.open({ tokenHash: newHash(), accountId: olena, at: T0, ...browser, ...bad }),
          { name: 'StoreError', code: 'BAD_INPUT' },
        );
    });

    test('end: the session is gone at once, for every store; ending twice says false', async () => {
      const tokenHash = newHash();
      const session = await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      assert.ok(await sibling.sessions.find(tokenHash, later(1)));
      assert.equal(await store.sessions.end(session.id, later(2)), true);
      assert.equal(await sibling.sessions.find(tokenHash, later(3)), null);
      assert.equal(await store.sessions.find(tokenHash, later(3)), null);
      assert.equal(await store.sessions.end(session.id, later(4)), false);
      assert.equal(await store.sessions.end(uuidv7(), later(4)), false);
      assert.equal(await store.sessions.end('not-a-uuid', later(4)), false);
    });

    test('sign out everywhere: every live session of the account ends, but the one asking if it says so', async () => {
      const mine = [newHash(), newHash(), newHash()];
      const opened = [];
      for (const tokenHash of mine)
        opened.push(await store.sessions.open({ tokenHash, accountId: taras, at: T0, ...browser }));
      const other = newHash();
      await store.sessions.open({ tokenHash: other, accountId: olena, at: T0, ...browser });
      const here = opened[0]?.id as string;
      assert.equal(await sibling.sessions.endAllFor(taras, later(60), { except: here }), 2);
      assert.ok(await store.sessions.find(mine[0] as string, later(61)));
      assert.equal(await store.sessions.find(mine[1] as string, later(61)), null);
      assert.equal(await store.sessions.find(mine[2] as string, later(61)), null);
      assert.ok(await store.sessions.find(other, later(61)), 'another account is untouched');
      assert.equal(await store.sessions.endAllFor(taras, later(62)), 1);
      assert.equal(await sibling.sessions.find(mine[0] as string, later(63)), null);
      assert.equal(await store.sessions.endAllFor(taras, later(64)), 0);
    });

    test('a disabled account has no live session', async () => {
      const account = await insertAccount(store);
      const tokenHash = newHash();
      await store.sessions.open({ tokenHash, accountId: account, at: T0, ...browser });
      assert.ok(await store.sessions.find(tokenHash, later(1)));
      await disableAccount(store, account, later(2));
      assert.equal(await sibling.sessions.find(tokenHash, later(3)), null);
    });

    test('listFor: the live sessions, newest first', async () => {
      const account = await insertAccount(store);
      const a = await store.sessions.open({ tokenHash: newHash(), accountId: account, at: T0, ...browser });
      const b = await store.sessions.open({
        tokenHash: newHash(),
        accountId: account,
        at: later(60),
        ...browser,
      });
      const c = await store.sessions.open({
        tokenHash: newHash(),
        accountId: account,
        at: later(120),
        ...browser,
      });
      await store.sessions.end(b.id, later(130));
      assert.deepEqual(
        (await store.sessions.listFor(account, later(140))).map((s) => s.id),
        [c.id, a.id],
      );
      assert.deepEqual(
        (await store.sessions.listFor(account, later(30 * 60 + 60))).map((s) => s.id),
        [c.id],
        'a is idle',
      );
    });

    test('malformed hashes find nothing; bad arguments and conflicts never echo the hash', async () => {
      for (const bad of ['', 'abc', newHash().toUpperCase(), `${newHash()}0`, "' or 1=1 --", 42])
        assert.equal(await store.sessions.find(bad as string, later(1)), null);
      const tokenHash = newHash();
      await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      const refusals: [() => Promise<unknown>, string][] = [
        [() => store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser }), 'CONFLICT'],
        [
          () => store.sessions.open({ tokenHash: newHash(), accountId: uuidv7(), at: T0, ...browser }),
          'BAD_INPUT',
        ],
        [
          () => store.sessions.open({ tokenHash: `${tokenHash}x`, accountId: olena, at: T0, ...browser }),
          'BAD_INPUT',
        ],
        [
          () => store.sessions.open({ tokenHash: newHash(), accountId: olena, at: '2026-12-01', ...browser }),
          'BAD_INPUT',
        ],
        [() => store.sessions.find(tokenHash, 'yesterday'), 'BAD_INPUT'],
      ];
      for (const [attempt, code] of refusals)
        await assert.rejects(attempt, (error: Error & { code?: string }) => {
          assert.equal(error.name, 'StoreError');
          assert.equal(error.code, code);
          assert.ok(!error.message.includes(tokenHash), error.message);
          return true;
        });
    });

    test('user agent and address are kept as display text, bounded', async () => {
      const session = await store.sessions.open({
        tokenHash: newHash(),
        accountId: olena,
        at: T0,
        userAgent: `  evil\u0000agent${'x'.repeat(1000)}`,
        address: '2001:db8::1',
      });
      assert.ok(session.userAgent.startsWith('evil agent'));
      assert.equal(session.userAgent.length, 512);
      assert.equal(session.address, '2001:db8::1');
    });

    test('prune deletes what ended or expired before the cut-off', async () => {
      const account = await insertAccount(store);
      const ended = await store.sessions.open({
        tokenHash: newHash(),
        accountId: account,
        at: T0,
        ...browser,
      });
      await store.sessions.end(ended.id, later(10));
      const liveHash = newHash();
      await store.sessions.open({ tokenHash: liveHash, accountId: account, at: later(3600), ...browser });
      const count = async () =>
        (
          await storeDatabase(store)
            .selectFrom('sessions')
            .select('id')
            .where('account_id', '=', account)
            .execute()
        ).length;
      assert.equal(await count(), 2);
      assert.ok((await store.sessions.prune(later(3600))) >= 1);
      assert.equal(await count(), 1);
      assert.ok(await store.sessions.find(liveHash, later(3601)));
    });

    test('sessions are not logged, and rebuildProjections leaves them alone', async () => {
      const size = await store.log.size();
      const tokenHash = newHash();
      await store.sessions.open({ tokenHash, accountId: olena, at: T0, ...browser });
      assert.equal(await store.log.size(), size);
      assert.deepEqual(await store.rebuildProjections(), { equal: true, differences: [] });
      assert.ok(await store.sessions.find(tokenHash, later(1)));
    });
  });
}
