// Rate limits at the door: per address before sign-in is read, per principal after, reads, writes, sign-in and
// analysis in separate buckets; a refusal is a 429 problem with Retry-After and changes nothing. Limits are set
// tiny here; the defaults are exercised by every other test, which must never meet them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { databaseTargets, type Store } from '@concord/db';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp, DEFAULT_ORIGIN } from '../app.ts';
import { type Answer, isProblem, sessionHeaders, testAccount } from '../test-support.ts';

const SLOW = { perSecond: 0.001, burst: 3 };

/** A request from `address`, as Node's adapter would pass the socket. */
async function from(
  app: OpenAPIHono,
  address: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { origin: DEFAULT_ORIGIN, ...options.headers };
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const res = await app.request(path, init, { incoming: { socket: { remoteAddress: address } } });
  const text = await res.text();
  const type = res.headers.get('content-type');
  return {
    status: res.status,
    type,
    body: type?.includes('json') ? JSON.parse(text) : text,
    headers: res.headers,
  };
}

function isRateLimited(answer: Answer, scope: string): boolean {
  const retry = Number(answer.headers.get('retry-after'));
  return (
    isProblem(answer, 429, 'rate-limited') &&
    Number.isInteger(retry) &&
    retry >= 1 &&
    String(answer.body.detail).includes(`from this ${scope}`)
  );
}

for (const target of databaseTargets()) {
  describe(`rate limits (${target.name})`, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(() => store.close());

    test('reads per address: the burst, then 429 with Retry-After; another address is untouched', async () => {
      const app = createApp({ store, rateLimits: { read: SLOW } });
      for (let i = 0; i < 3; i++)
        assert.equal((await from(app, '192.0.2.1', 'GET', '/api/health')).status, 200);
      const refused = await from(app, '192.0.2.1', 'GET', '/api/processes');
      assert.ok(isRateLimited(refused, 'address'), JSON.stringify(refused.body));
      assert.equal((await from(app, '192.0.2.2', 'GET', '/api/health')).status, 200);
    });

    test('writes per principal across addresses: refused, nothing written, reads still served', async () => {
      const app = createApp({ store, rateLimits: { write: SLOW } });
      const account = await testAccount(store, { mayOpenProcesses: true });
      const headers = await sessionHeaders(store, account.id);
      for (let i = 0; i < 3; i++) {
        const made = await from(app, `198.51.100.${i}`, 'POST', '/api/processes', {
          headers,
          body: { title: `Limited ${i}` },
        });
        assert.equal(made.status, 201);
      }
      const size = await store.log.size();
      const refused = await from(app, '198.51.100.9', 'POST', '/api/processes', {
        headers,
        body: { title: 'One too many' },
      });
      assert.ok(isRateLimited(refused, 'principal'), JSON.stringify(refused.body));
      assert.equal(await store.log.size(), size, 'a refused write writes nothing');
      const titles = (await from(app, '198.51.100.9', 'GET', '/api/processes', { headers })).body.items.map(
        (p: { title: string }) => p.title,
      );
      assert.ok(!titles.includes('One too many'));
    });

    test('sign-in and analysis have buckets of their own', async () => {
      const app = createApp({ store, rateLimits: { signIn: SLOW, analysis: SLOW } });
      const tries = { identifier: 'nobody', password: 'not the password' };
      for (let i = 0; i < 3; i++) {
        const answer = await from(app, '203.0.113.5', 'POST', '/api/auth/password', { body: tries });
        assert.notEqual(answer.status, 429);
      }
      const refused = await from(app, '203.0.113.5', 'POST', '/api/auth/password', { body: tries });
      assert.ok(isRateLimited(refused, 'address'), JSON.stringify(refused.body));
      const missing = '/api/versions/01900000-0000-7000-8000-000000000000/analysis';
      for (let i = 0; i < 3; i++)
        assert.notEqual((await from(app, '203.0.113.5', 'GET', missing)).status, 429);
      assert.ok(isRateLimited(await from(app, '203.0.113.5', 'GET', missing), 'address'));
      assert.equal((await from(app, '203.0.113.5', 'GET', '/api/health')).status, 200, 'reads are apart');
    });
  });
}
