import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { databaseTargets } from '@concord/db';
import { startServer } from './serve.ts';

for (const target of databaseTargets()) {
  describe(`startServer (${target.name})`, () => {
    test('listens on a free port on 127.0.0.1, answers over real HTTP, and closes', async () => {
      const store = await target.open();
      const server = await startServer({ store, port: 0 });
      try {
        assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        const created = await fetch(`${server.url}/api/processes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ title: 'Over the wire' }),
        });
        assert.equal(created.status, 201);
        const health = await (await fetch(`${server.url}/api/health`)).json();
        assert.deepEqual(health, { status: 'ok', logSize: 1 });
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
