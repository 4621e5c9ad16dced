import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Fetch, getJson, putJson } from './client.ts';
import { ApiError } from './problem.ts';

const answer =
  (status: number, body: string, type = 'application/json'): Fetch =>
  async () =>
    new Response(body, { status, headers: { 'content-type': type } });

describe('getJson', () => {
  test('returns the parsed body of a 200', async () => {
    const data = await getJson<{ items: number[] }>('/api/x', { fetch: answer(200, '{"items":[1,2]}') });
    assert.deepEqual(data, { items: [1, 2] });
  });

  test('a problem document keeps its title, detail and validation errors', async () => {
    const body = JSON.stringify({
      type: 'https://concord.dev/problems/not-found',
      title: 'Version not found',
      status: 404,
      detail: 'No version with id v1',
      errors: [{ path: 'id', message: 'bad' }, 'junk'],
    });
    await assert.rejects(
      getJson('/api/versions/v1', { fetch: answer(404, body, 'application/problem+json') }),
      (e: unknown) => {
        assert.ok(e instanceof ApiError);
        assert.equal(e.problem.title, 'Version not found');
        assert.equal(e.problem.detail, 'No version with id v1');
        assert.equal(e.problem.status, 404);
        assert.deepEqual(e.problem.errors, [{ path: 'id', message: 'bad' }]);
        return true;
      },
    );
  });

  test('an error page that is not JSON still becomes a problem with the status', async () => {
    await assert.rejects(getJson('/api/x', { fetch: answer(502, '<html>Bad gateway</html>', 'text/html') }), {
      name: 'ApiError',
      message: 'Request failed (HTTP 502)',
    });
  });

  test('a 200 that is not JSON is an error, not data', async () => {
    await assert.rejects(getJson('/api/x', { fetch: answer(200, '<!doctype html>', 'text/html') }), {
      message: /not JSON/,
    });
  });

  test('a network failure says the server could not be reached', async () => {
    const down: Fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await assert.rejects(getJson('/api/x', { fetch: down }), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.problem.status, 0);
      assert.match(e.problem.title, /could not be reached/);
      return true;
    });
  });

  test('an access key is sent as a Bearer token, and none without one', async () => {
    const seen: (string | null)[] = [];
    const spy: Fetch = async (_input, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const key = `ck_${'b'.repeat(43)}`;
    await getJson('/api/session', { fetch: spy, accessKey: key });
    await getJson('/api/session', { fetch: spy, accessKey: null });
    // Without storage (node) the stored key is none.
    await getJson('/api/session', { fetch: spy });
    assert.deepEqual(seen, [`Bearer ${key}`, null, null]);
  });
});

describe('putJson', () => {
  test('sends the body as JSON with the key, and a 422 becomes a problem with field errors', async () => {
    let request: { method?: string; body?: unknown; type: string | null; auth: string | null } | null = null;
    const server: Fetch = async (_input, init) => {
      const headers = new Headers(init?.headers);
      request = {
        method: init?.method,
        body: JSON.parse(String(init?.body)),
        type: headers.get('content-type'),
        auth: headers.get('authorization'),
      };
      return new Response(
        JSON.stringify({
          title: 'Unprocessable',
          status: 422,
          errors: [{ path: 'points.0.lineageId', message: 'not in the plan' }],
        }),
        { status: 422, headers: { 'content-type': 'application/problem+json' } },
      );
    };
    const key = `ck_${'c'.repeat(43)}`;
    await assert.rejects(
      putJson('/api/plans/p/valuations/ua', { reservation: 0.5 }, { fetch: server, accessKey: key }),
      (e: unknown) => {
        assert.ok(e instanceof ApiError);
        assert.deepEqual(e.problem.errors, [{ path: 'points.0.lineageId', message: 'not in the plan' }]);
        return true;
      },
    );
    assert.deepEqual(request, {
      method: 'PUT',
      body: { reservation: 0.5 },
      type: 'application/json',
      auth: `Bearer ${key}`,
    });
  });
});
