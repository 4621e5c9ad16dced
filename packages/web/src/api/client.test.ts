import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Fetch, getJson } from './client.ts';
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
});
