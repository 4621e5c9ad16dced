import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createApp } from '../app.ts';
import { call, untouchableStore } from '../test-support.ts';
import { DEFAULT_WEB_ROOT } from './static-web.ts';

function webRoot(): string {
  const base = mkdtempSync(join(tmpdir(), 'concord-web-'));
  const root = join(base, 'dist');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log("app")');
  // A secret beside the root: `../secret.txt` from the root names it, and must never reach it.
  writeFileSync(join(base, 'secret.txt'), 'secret');
  return root;
}

describe('static web application', () => {
  const app = createApp({ store: untouchableStore, webRoot: webRoot() });

  test('serves index.html at / and for client-side routes (SPA fallback)', async () => {
    for (const path of ['/', '/processes/0192f0c8-7d2a-7000-8000-000000000000', '/verify']) {
      const answer = await call(app, 'GET', path);
      assert.equal(answer.status, 200, path);
      assert.match(answer.type ?? '', /text\/html/);
      assert.equal(answer.body, '<!doctype html><title>app</title>');
      assert.equal(answer.headers.get('cache-control'), 'no-cache');
    }
  });

  test('serves hashed assets with their type and a long cache', async () => {
    const answer = await call(app, 'GET', '/assets/app-1234.js');
    assert.equal(answer.status, 200);
    assert.match(answer.type ?? '', /text\/javascript/);
    assert.equal(answer.body, 'console.log("app")');
    assert.match(answer.headers.get('cache-control') ?? '', /immutable/);
  });

  test('HEAD answers headers without a body', async () => {
    const res = await app.request('/assets/app-1234.js', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), '');
  });

  test('a missing file with an extension is a 404 problem, not the app page', async () => {
    const answer = await call(app, 'GET', '/assets/missing.js');
    assert.equal(answer.status, 404);
    assert.equal(answer.type, 'application/problem+json');
  });

  test('never serves a file outside the root', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const answer = await call(app, 'GET', path);
      assert.notEqual(answer.body, 'secret', path);
      assert.ok(answer.status === 404 || answer.body === '<!doctype html><title>app</title>', path);
    }
    const nul = await call(app, 'GET', '/index.html%00.js');
    assert.equal(nul.status, 404);
  });

  test('API paths and non-GET methods never fall back to the app page', async () => {
    const unknownApi = await call(app, 'GET', '/api/nothing-here');
    assert.equal(unknownApi.status, 404);
    assert.equal(unknownApi.type, 'application/problem+json');
    assert.equal(unknownApi.body.type, 'https://concord.dev/problems/no-such-route');
    const post = await call(app, 'POST', '/somewhere', { a: 1 });
    assert.equal(post.status, 404);
    assert.equal(post.type, 'application/problem+json');
  });

  test('without a built bundle, a plain page says how to build it', async () => {
    const bare = createApp({
      store: untouchableStore,
      webRoot: mkdtempSync(join(tmpdir(), 'concord-empty-')),
    });
    const answer = await call(bare, 'GET', '/');
    assert.equal(answer.status, 200);
    assert.match(answer.body, /npm run build:web/);
  });

  test('the default root is packages/web/dist', () => {
    assert.match(DEFAULT_WEB_ROOT, /packages\/web\/dist\/?$/);
  });
});
