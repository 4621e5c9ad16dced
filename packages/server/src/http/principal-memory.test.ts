import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import { createApp } from '../app.ts';
import { callWith, sessionHeaders, signedIn } from '../test-support.ts';
import { principalMemory } from './principal-memory.ts';

const someone = { kind: 'operator' } as const;

describe('remembered credentials', () => {
  test('forgotten when the state moves on or the time runs out, and never kept where it does not apply', async () => {
    let state = 's1';
    const memory = principalMemory(
      async () => state,
      () => true,
    );
    memory.keep('cred', someone, 's1', 1_000);
    assert.deepEqual(await memory.recall('cred', 500), someone);
    assert.equal(await memory.recall('cred', 1_000), undefined, 'its session could have idled out');
    memory.keep('cred', someone, 's1', 1_000);
    state = 's2';
    assert.equal(await memory.recall('cred', 0), undefined, 'a change since it was resolved');
    const off = principalMemory(
      async () => state,
      () => false,
    );
    off.keep('cred', someone, 's2', 1_000);
    assert.equal(await off.recall('cred', 0), undefined);
    assert.equal(off.enabled(), false);
  });
});

for (const target of databaseTargets()) {
  describe(`a signed-in request's credential (${target.name})`, () => {
    let store: Store;
    let finds = 0;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      store = await target.open();
      const counting = new Proxy(store, {
        get(t, key, receiver) {
          if (key === 'sessions') {
            const sessions = t.sessions;
            return {
              ...sessions,
              find: (...args: Parameters<typeof sessions.find>) => {
                finds++;
                return sessions.find(...args);
              },
            };
          }
          return Reflect.get(t, key, receiver);
        },
      });
      app = createApp({ store: counting });
    });
    after(() => store.close());

    test('is looked up once on PGlite (every time on PostgreSQL), and an ended session ends at once', async () => {
      const person = await signedIn(store);
      const headers = await sessionHeaders(store, person.accountId);
      const first = await callWith(app, headers, 'GET', '/api/session');
      assert.equal(first.status, 200);
      assert.ok(first.body.principal ?? first.body.account ?? first.body, 'signed in');
      const before = finds;
      await callWith(app, headers, 'GET', '/api/session');
      await callWith(app, headers, 'GET', '/api/processes');
      assert.equal(finds - before, store.dialect === 'pglite' ? 0 : 2);
      const sessions = await store.sessions.listFor(person.accountId, new Date().toISOString());
      for (const s of sessions) await store.sessions.end(s.id, new Date().toISOString());
      const ended = await callWith(app, headers, 'GET', '/api/session');
      assert.equal(JSON.stringify(ended.body).includes(person.accountId), false, 'read as the public');
    });
  });
}
