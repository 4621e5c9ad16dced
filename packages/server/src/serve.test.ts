import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { databaseTargets } from '@concord/db';
import { startServer } from './serve.ts';
import { sessionHeaders, testAccount } from './test-support.ts';

for (const target of databaseTargets()) {
  describe(`startServer (${target.name})`, () => {
    test('listens on a free port on 127.0.0.1, answers over real HTTP, and closes', async () => {
      const store = await target.open();
      const server = await startServer({ store, port: 0 });
      try {
        assert.match(server.url, /^http:\/\/localhost:\d+$/, 'a loopback server is reached by name');
        const anonymous = await fetch(`${server.url}/api/processes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Over the wire' }),
        });
        assert.equal(anonymous.status, 401, 'the public cannot write');
        const account = await testAccount(store, { mayOpenProcesses: true });
        const signedIn = { ...(await sessionHeaders(store, account.id)), origin: server.url };
        const created = await fetch(`${server.url}/api/processes`, {
          method: 'POST',
          headers: { ...signedIn, 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Over the wire' }),
        });
        assert.equal(created.status, 201, 'a browser of the served origin can write');
        const forged = await fetch(`${server.url}/api/processes`, {
          method: 'POST',
          headers: { ...signedIn, origin: 'http://127.0.0.1:1', 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Forged' }),
        });
        assert.equal(forged.status, 403, 'a write from another origin is refused');
        const health = await (await fetch(`${server.url}/api/health`)).json();
        assert.deepEqual(health, { status: 'ok', logSize: 2 }, 'the process opened, its lead granted');
        const malformed = await fetch(`${server.url}/api/processes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{',
        });
        assert.equal(malformed.status, 400);
        assert.equal(malformed.headers.get('content-type'), 'application/problem+json');
      } finally {
        await server.close();
        await store.close();
      }
      await assert.rejects(fetch(`${server.url}/api/health`));
    });

    test('a port in use is an error, not a hang', async () => {
      const store = await target.open();
      const first = await startServer({ store, port: 0 });
      try {
        const port = Number(new URL(first.url).port);
        await assert.rejects(startServer({ store, port }), /EADDRINUSE/);
      } finally {
        await first.close();
        await store.close();
      }
    });
  });
}
