import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deleteJson, type Fetch, getJson, postJson, putJson } from './client.ts';
import { ApiError, describeWait, parseRetryAfter, problemSlug } from './problem.ts';

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

  test('the browser sends its own cookie (same origin only); no Authorization header is ever set', async () => {
    const seen: { credentials?: RequestCredentials; auth: string | null }[] = [];
    const spy: Fetch = async (_input, init) => {
      seen.push({ credentials: init?.credentials, auth: new Headers(init?.headers).get('authorization') });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    await getJson('/api/session', { fetch: spy });
    await postJson('/api/auth/sign-out', {}, { fetch: spy });
    assert.deepEqual(seen, [
      { credentials: 'same-origin', auth: null },
      { credentials: 'same-origin', auth: null },
    ]);
  });

  test('a 429 carries the Retry-After wait in seconds', async () => {
    const limited: Fetch = async () =>
      new Response(
        JSON.stringify({
          type: 'https://concord.dev/problems/too-many-attempts',
          title: 'Too many',
          status: 429,
        }),
        {
          status: 429,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '120' },
        },
      );
    await assert.rejects(
      postJson('/api/auth/password', { login: 'a', password: 'b' }, { fetch: limited }),
      (e: unknown) => {
        assert.ok(e instanceof ApiError);
        assert.equal(e.problem.retryAfter, 120);
        assert.equal(problemSlug(e.problem), 'too-many-attempts');
        return true;
      },
    );
  });
});

describe('postJson and deleteJson', () => {
  test('a 204 resolves with undefined', async () => {
    const empty: Fetch = async () => new Response(null, { status: 204 });
    assert.equal(await postJson('/api/auth/sign-out', {}, { fetch: empty }), undefined);
    assert.equal(await deleteJson('/api/account/totp', { fetch: empty }), undefined);
  });
});

describe('problem helpers', () => {
  test('Retry-After as seconds or as a date', () => {
    assert.equal(parseRetryAfter('30'), 30);
    assert.equal(parseRetryAfter(null), undefined);
    assert.equal(parseRetryAfter('soon'), undefined);
    const now = Date.parse('2025-11-20T10:00:00Z');
    assert.equal(parseRetryAfter('Thu, 20 Nov 2025 10:02:00 GMT', now), 120);
    assert.equal(parseRetryAfter('Thu, 20 Nov 2025 09:00:00 GMT', now), 0);
  });

  test('a wait in words', () => {
    assert.equal(describeWait(1), '1 second');
    assert.equal(describeWait(45), '45 seconds');
    assert.equal(describeWait(61), '2 minutes');
    assert.equal(describeWait(3600), '1 hour');
    assert.equal(describeWait(3900), '1 hour and 5 minutes');
  });

  test('the slug of a problem type', () => {
    assert.equal(
      problemSlug({ type: 'https://concord.dev/problems/sign-in-failed', title: '', status: 401 }),
      'sign-in-failed',
    );
    assert.equal(problemSlug({ type: '/problems/csrf', title: '', status: 403 }), 'csrf');
    assert.equal(problemSlug({ type: 'about:blank', title: '', status: 500 }), '');
  });
});

describe('putJson', () => {
  test('sends the body as JSON, and a 422 becomes a problem with field errors', async () => {
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
    await assert.rejects(
      putJson('/api/plans/p/valuations/ua', { reservation: 0.5 }, { fetch: server }),
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
      auth: null,
    });
  });
});
