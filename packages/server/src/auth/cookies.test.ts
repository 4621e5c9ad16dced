import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Hono } from 'hono';
import {
  type CookieSecurity,
  carriesSessionCookie,
  clearSessionCookie,
  cookieSecurity,
  readSessionCookie,
  setSessionCookie,
} from './cookies.ts';
import { newToken } from './tokens.ts';

function app(security: CookieSecurity, token: string, maxAgeSeconds?: number) {
  const hono = new Hono();
  hono.post('/in', (c) => {
    setSessionCookie(c, token, { ...security, ...(maxAgeSeconds === undefined ? {} : { maxAgeSeconds }) });
    return c.body(null, 204);
  });
  hono.post('/out', (c) => {
    clearSessionCookie(c, security);
    return c.body(null, 204);
  });
  hono.get('/who', (c) =>
    c.json({ token: readSessionCookie(c, security), carries: carriesSessionCookie(c) }),
  );
  return hono;
}

describe('session cookie', () => {
  test('security follows the configured origin', () => {
    assert.deepEqual(cookieSecurity('https://concord.example.org'), { secure: true });
    assert.deepEqual(cookieSecurity('http://localhost:4000'), { secure: false });
  });

  test('over TLS: __Host- prefix, Secure, HttpOnly, SameSite=Strict, Path=/, no Domain', async () => {
    const token = newToken('session');
    const res = await app({ secure: true }, token, 3600.7).request('/in', { method: 'POST' });
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.equal(
      cookie,
      `__Host-concord_session=${token}; Max-Age=3600; Path=/; HttpOnly; Secure; SameSite=Strict`,
    );
    assert.doesNotMatch(cookie, /Domain/i);
  });

  test('without TLS: concord_session, HttpOnly, SameSite=Strict, Path=/, not Secure; no Max-Age unless asked', async () => {
    const token = newToken('session');
    const res = await app({ secure: false }, token).request('/in', { method: 'POST' });
    assert.equal(
      res.headers.get('set-cookie'),
      `concord_session=${token}; Path=/; HttpOnly; SameSite=Strict`,
    );
  });

  test('clearing expires the cookie under the same name and attributes', async () => {
    const token = newToken('session');
    const secure = await app({ secure: true }, token).request('/out', { method: 'POST' });
    assert.match(
      secure.headers.get('set-cookie') ?? '',
      /^__Host-concord_session=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict$/,
    );
    const plain = await app({ secure: false }, token).request('/out', { method: 'POST' });
    assert.match(
      plain.headers.get('set-cookie') ?? '',
      /^concord_session=; Max-Age=0; .*HttpOnly; SameSite=Strict$/,
    );
  });

  test('reading: only a well-formed session token under the expected name', async () => {
    const token = newToken('session');
    const who = async (security: CookieSecurity, cookie: string) =>
      (await app(security, token).request('/who', { headers: { cookie } })).json();
    assert.deepEqual(await who({ secure: true }, `__Host-concord_session=${token}`), {
      token,
      carries: true,
    });
    assert.deepEqual(await who({ secure: false }, `theme=dark; concord_session=${token}`), {
      token,
      carries: true,
    });
    // A plain cookie on a TLS site may have been planted over HTTP or by a subdomain: ignored.
    assert.deepEqual(await who({ secure: true }, `concord_session=${token}`), { token: null, carries: true });
    assert.deepEqual(await who({ secure: false }, `concord_session=${newToken('api')}`), {
      token: null,
      carries: true,
    });
    assert.deepEqual(await who({ secure: false }, 'concord_session=garbage'), { token: null, carries: true });
    assert.deepEqual(await who({ secure: false }, 'other=1'), { token: null, carries: false });
  });

  test('refuses to set anything but a session token, without echoing it', async () => {
    const apiToken = newToken('api');
    const hono = app({ secure: false }, apiToken);
    let message = '';
    hono.onError((error) => {
      message = error.message;
      return new Response(null, { status: 500 });
    });
    assert.equal((await hono.request('/in', { method: 'POST' })).status, 500);
    assert.match(message, /not a session token/);
    assert.ok(!message.includes(apiToken.slice(3)));
  });
});
