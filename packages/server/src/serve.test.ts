import assert from 'node:assert/strict';
import { connect } from 'node:net';
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

describe('slow and oversized clients', () => {
  test('a client that never finishes its headers is cut off; oversized headers are refused', async () => {
    const target = databaseTargets()[0];
    assert.ok(target);
    const store = await target.open();
    const server = await startServer({
      store,
      port: 0,
      socketLimits: { headersMs: 300, requestMs: 600, checkEveryMs: 100, maxHeaderBytes: 4096 },
    });
    try {
      const { port } = new URL(server.url);
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n');
        });
        socket.on('error', () => {});
        // Read what the server says (its 408), or the socket never sees the end and never closes.
        socket.resume();
        socket.on('close', () => resolve(Date.now() - started));
        setTimeout(() => reject(new Error('the slow client was never cut off')), 20_000).unref();
      });
      assert.ok(closedAfter < 10_000, `cut off after ${closedAfter} ms`);
      const big = await fetch(`${server.url}/api/health`, { headers: { 'x-filler': 'x'.repeat(8192) } });
      assert.equal(big.status, 431);
      assert.equal((await fetch(`${server.url}/api/health`)).status, 200, 'others are still served');
    } finally {
      await server.close();
      await store.close();
    }
  });
});
