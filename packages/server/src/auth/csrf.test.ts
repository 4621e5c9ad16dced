import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import { ProblemError } from '../problems.ts';
import { csrfProtection, isSameOrigin, sameOriginOnly } from './csrf.ts';
import { newToken } from './tokens.ts';

const ORIGIN = 'http://localhost:4000';
const cookie = `concord_session=${newToken('session')}`;

function app(middleware = csrfProtection({ origin: ORIGIN })) {
  const hono = new Hono();
  // What the app's error handler does with a ProblemError (kept local: the test needs no store).
  hono.onError((error) =>
    error instanceof ProblemError
      ? new Response(JSON.stringify(error.toProblem()), {
          status: error.status,
          headers: { 'content-type': 'application/problem+json' },
        })
      : new Response(null, { status: 500 }),
  );
  hono.use('/api/*', middleware);
  hono.all('/api/thing', (c) => c.json({ done: true }));
  return hono;
}

async function status(hono: Hono, method: string, headers: Record<string, string>) {
  const res = await hono.request('/api/thing', {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }),
  });
  return res.status;
}

describe('CSRF protection', () => {
  test('a cookie-authenticated JSON write from another origin is a 403 csrf problem', async () => {
    const res = await app().request('/api/thing', {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: '{"amount":1}',
    });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    const problem = (await res.json()) as { type: string; title: string; detail: string };
    assert.equal(problem.type, 'https://concord.dev/problems/csrf');
    assert.equal(problem.title, 'Cross-site request refused');
    assert.ok(!problem.detail.includes('evil.example'));
    assert.ok(!JSON.stringify(problem).includes(cookie.split('=')[1] as string));
  });

  test('every unsafe method is checked; safe methods pass', async () => {
    const hono = app();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      assert.equal(await status(hono, method, { cookie, origin: 'https://evil.example' }), 403, method);
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      assert.equal(await status(hono, method, { cookie, origin: 'https://evil.example' }), 200, method);
  });

  test('the own origin passes; a missing Origin passes only with Sec-Fetch-Site: same-origin', async () => {
    const hono = app();
    assert.equal(await status(hono, 'POST', { cookie, origin: ORIGIN }), 200);
    assert.equal(await status(hono, 'DELETE', { cookie, 'sec-fetch-site': 'same-origin' }), 200);
    assert.equal(await status(hono, 'POST', { cookie }), 403);
    for (const site of ['same-site', 'cross-site', 'none'])
      assert.equal(await status(hono, 'POST', { cookie, 'sec-fetch-site': site }), 403, site);
    // An Origin header decides even when Sec-Fetch-Site says same-origin.
    assert.equal(
      await status(hono, 'POST', { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }),
      403,
    );
  });

  test('near misses of the origin are refused', async () => {
    const hono = app();
    for (const origin of [
      'null',
      'https://localhost:4000',
      'http://localhost:4001',
      'http://localhost',
      'http://127.0.0.1:4000',
      'http://localhost:4000/',
      'http://localhost:4000.evil.example',
      'HTTP://LOCALHOST:4000',
    ])
      assert.equal(await status(hono, 'POST', { cookie, origin }), 403, origin);
  });

  test('requests without the session cookie (Bearer token, public) are not checked; with both, they are', async () => {
    const hono = app();
    const bearer = { authorization: `Bearer ${newToken('api')}`, origin: 'https://elsewhere.example' };
    assert.equal(await status(hono, 'POST', bearer), 200);
    assert.equal(await status(hono, 'POST', {}), 200);
    assert.equal(await status(hono, 'POST', { ...bearer, cookie }), 403);
    // The TLS name and a malformed value count as a cookie too.
    assert.equal(
      await status(hono, 'POST', { cookie: '__Host-concord_session=x', origin: 'https://e.example' }),
      403,
    );
  });

  test('sameOriginOnly checks sign-in writes that have no cookie yet', async () => {
    const hono = app(sameOriginOnly({ origin: ORIGIN }));
    assert.equal(await status(hono, 'POST', { origin: 'https://evil.example' }), 403);
    assert.equal(await status(hono, 'POST', {}), 403);
    assert.equal(await status(hono, 'POST', { origin: ORIGIN }), 200);
    assert.equal(await status(hono, 'GET', { origin: 'https://evil.example' }), 200);
  });

  test('the configured origin is serialised (case, default port, path)', async () => {
    const hono = app(csrfProtection({ origin: 'HTTPS://Concord.Example.org:443/app/' }));
    assert.equal(await status(hono, 'POST', { cookie, origin: 'https://concord.example.org' }), 200);
    assert.throws(() => csrfProtection({ origin: 'ftp://concord.example.org' }), /http/);
    assert.equal(isSameOrigin({}, ORIGIN), false);
  });
});
