// What the application answers before any route touches the store: the OpenAPI document, the docs page, and
// the problem details for requests that are refused at the door (checked without a database on purpose: a
// refused request must not reach it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Version } from '@concord/core';
import { createApp } from './app.ts';
import { call, untouchableStore } from './test-support.ts';

// Requests refused before any route reads: the read cache (which asks the log's size first) is left out, so the
// untouchable store shows that validation comes before the database.
const app = createApp({ store: untouchableStore, readCache: false });
const problemType = (slug: string) => `https://concord.dev/problems/${slug}`;

describe('OpenAPI document', () => {
  test('is OpenAPI 3.1 and lists every route of the HTTP contract', async () => {
    const { status, body } = await call(app, 'GET', '/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    const expected: Record<string, string[]> = {
      '/api/health': ['get'],
      '/api/processes': ['get', 'post'],
      '/api/processes/{processId}': ['get', 'patch'],
      '/api/processes/{processId}/parties': ['post'],
      '/api/parties/{partyId}': ['get', 'patch'],
      '/api/processes/{processId}/plans': ['post'],
      '/api/plans/{planId}': ['get', 'patch'],
      '/api/plans/{planId}/versions': ['post'],
      '/api/versions/{versionId}': ['get', 'patch'],
      '/api/versions/{versionId}/points': ['post'],
      '/api/points/{pointId}': ['get', 'patch'],
      '/api/points/{pointId}/commitments': ['post'],
      '/api/commitments/{commitmentId}': ['get', 'patch'],
      '/api/log/checkpoint': ['get'],
      '/api/log/entries': ['get'],
      '/api/log/entries/{index}': ['get'],
      '/api/log/proofs/inclusion': ['get'],
      '/api/log/proofs/consistency': ['get'],
    };
    for (const [path, methods] of Object.entries(expected))
      for (const method of methods) assert.ok(body.paths[path]?.[method], `${method.toUpperCase()} ${path}`);
  });

  test("components come from core's schemas (fields, enums and limits)", async () => {
    const { body } = await call(app, 'GET', '/openapi.json');
    const version = body.components.schemas.PresentedVersion;
    assert.deepEqual(
      Object.keys(version.properties).sort(),
      [...Object.keys(Version.shape), 'abilities', 'withdrawal'].sort(),
      'a presented version is the core schema plus what the caller may do with it and its withdrawal',
    );
    assert.deepEqual(version.properties.status.enum, ['draft', 'circulated', 'final']);
    assert.equal(body.components.schemas.ProcessCreate.properties.title.maxLength, 300);
    const create = body.paths['/api/plans/{planId}/versions'].post;
    assert.equal(
      create.requestBody.content['application/json'].schema.$ref,
      '#/components/schemas/VersionCreate',
    );
    assert.ok(create.responses['422'], 'documents the rule-broken answer');
  });

  test('/docs serves the Swagger UI page for the document', async () => {
    const { status, body } = await call(app, 'GET', '/docs');
    assert.equal(status, 200);
    assert.match(body, /swagger/i);
    assert.match(body, /\/openapi\.json/);
  });

  test('/docs loads every script and stylesheet from this server (no CDN: it must work offline)', async () => {
    const { body } = await call(app, 'GET', '/docs');
    const urls = [...String(body).matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    assert.ok(urls.length >= 2, `expected Swagger UI's script and stylesheet, found ${urls.join(', ')}`);
    for (const url of urls) {
      assert.ok(url.startsWith('/') && !url.startsWith('//'), `${url} is not same-origin`);
      const res = await app.request(url);
      assert.equal(res.status, 200, url);
      assert.ok((await res.arrayBuffer()).byteLength > 1000, `${url} is empty`);
    }
    const refused = await app.request('/docs/assets/swagger-ui-dist/package.json');
    assert.equal(refused.status, 404, 'only the two assets are served');
  });
});

describe('requests refused at the door are problem details', () => {
  test('malformed JSON → 400 malformed-request', async () => {
    const a = await call(app, 'POST', '/api/processes', '{"title": ');
    assert.equal(a.status, 400);
    assert.equal(a.type, 'application/problem+json');
    assert.equal(a.body.type, problemType('malformed-request'));
    assert.equal(a.body.status, 400);
  });

  test('a body that breaks the schema → 400 with every field error', async () => {
    const a = await call(app, 'POST', '/api/processes', { title: '', extra: 1 });
    assert.equal(a.status, 400);
    assert.equal(a.body.type, problemType('validation-failed'));
    const paths = a.body.errors.map((e: { path: string }) => e.path);
    assert.ok(paths.includes('title'), JSON.stringify(a.body.errors));
    assert.ok(a.body.errors.every((e: { message: string }) => e.message.length > 0));
  });

  test('a malformed id in the path → 400 naming the parameter', async () => {
    const a = await call(app, 'GET', '/api/versions/not-an-id');
    assert.equal(a.status, 400);
    assert.deepEqual(
      a.body.errors.map((e: { path: string }) => e.path),
      ['param.versionId'],
    );
  });

  test('a query that is not a non-negative integer → 400', async () => {
    for (const q of ['index=-1', 'index=1e3', 'index=01', 'index=', 'index=9999999999999999999'])
      assert.equal((await call(app, 'GET', `/api/log/proofs/inclusion?${q}`)).status, 400, q);
  });

  test('a body that is not JSON → 415', async () => {
    const res = await app.request('/api/processes', {
      method: 'POST',
      body: 'title=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.status, 415);
    assert.equal((await res.json()).type, problemType('unsupported-media-type'));
  });

  test('a body over the limit → 413, whether or not it declares its length', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) });
    const declared = await call(app, 'POST', '/api/processes', big);
    assert.equal(declared.status, 413);
    assert.equal(declared.body.type, problemType('body-too-large'));
    const small = createApp({ store: untouchableStore, bodyLimit: 100, readCache: false });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++)
          controller.enqueue(new TextEncoder().encode('{"title":"xxxxxxxxxxxxxxxxxxxx"}'));
        controller.close();
      },
    });
    const res = await small.request('/api/processes', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    assert.equal(res.status, 413);
  });

  test('hostile JSON (deep nesting, __proto__) is refused cleanly', async () => {
    const deep = await call(app, 'POST', '/api/processes', `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
    assert.equal(deep.status, 400);
    const proto = await call(app, 'POST', '/api/processes', '{"title":"x","__proto__":{"admin":true}}');
    assert.equal(proto.status, 400);
    assert.equal(proto.body.type, problemType('validation-failed'));
    assert.equal(({} as Record<string, unknown>).admin, undefined);
  });

  test('a key given twice is refused, not read as its last value', async () => {
    const twice = await call(app, 'POST', '/api/processes', '{"title":"Talks","title":"Other talks"}');
    assert.equal(twice.status, 400);
    assert.equal(twice.body.type, problemType('validation-failed'));
    assert.deepEqual(twice.body.errors, [{ path: 'title', message: 'is given twice' }]);
  });

  test('answers carry nosniff', async () => {
    const res = await app.request('/api/nothing');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  test('an unknown API route → 404 no-such-route', async () => {
    const a = await call(app, 'DELETE', '/api/processes');
    assert.equal(a.status, 404);
    assert.equal(a.body.type, problemType('no-such-route'));
  });
});

describe('internal errors', () => {
  test('→ 500 without leaking the cause', async () => {
    const broken = createApp({
      store: {
        log: {
          size: async () => {
            throw new Error('password=hunter2 at /srv/db');
          },
        },
      } as never,
    });
    const original = console.error;
    console.error = () => {};
    try {
      const a = await call(broken, 'GET', '/api/health');
      assert.equal(a.status, 500);
      assert.equal(a.body.type, problemType('internal-error'));
      assert.doesNotMatch(JSON.stringify(a.body), /hunter2|\/srv\/db/);
    } finally {
      console.error = original;
    }
  });
});
