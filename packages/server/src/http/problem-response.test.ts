import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoreError } from '@concord/db';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { notFound } from '../problems.ts';
import { problemResponse, toProblemError } from './problem-response.ts';

test('every kind of failure maps to a stable problem', () => {
  const cases: [unknown, number, string][] = [
    [notFound('plan', 'x'), 404, 'not-found'],
    [new StoreError('OUT_OF_RANGE', 'size 9 > 3'), 400, 'out-of-range'],
    [new StoreError('BAD_INPUT', 'bad'), 400, 'validation-failed'],
    [new StoreError('CONFLICT', 'duplicate id'), 409, 'conflict'],
    [new StoreError('CLOSED', 'closed'), 503, 'unavailable'],
    [new StoreError('KEY_MISMATCH', 'secret path /srv/key'), 500, 'internal-error'],
    [new HTTPException(400, { message: 'Malformed JSON in request body' }), 400, 'malformed-request'],
    [new HTTPException(415, { message: 'Unsupported Media Type' }), 415, 'unsupported-media-type'],
    [new HTTPException(418, { message: 'teapot' }), 500, 'internal-error'],
    [z.string().safeParse(1).error, 400, 'validation-failed'],
    [new TypeError('x is undefined'), 500, 'internal-error'],
    ['a thrown string', 500, 'internal-error'],
  ];
  for (const [error, status, slug] of cases) {
    const problem = toProblemError(error);
    assert.equal(problem.status, status, String(error));
    assert.equal(problem.slug, slug, String(error));
    if (status === 500)
      assert.doesNotMatch(JSON.stringify(problem.toProblem()), /srv|undefined|teapot|string/);
  }
});

test('problem responses are application/problem+json with the status in body and line', async () => {
  const res = problemResponse(notFound('version', 'v1').toProblem());
  assert.equal(res.status, 404);
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  assert.deepEqual(await res.json(), {
    type: 'https://concord.dev/problems/not-found',
    title: 'Not found',
    status: 404,
    detail: 'no version with id v1',
  });
});

test('a database that cannot be reached or is restarting is a 503 with Retry-After, anything else stays a 500', () => {
  const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  for (const error of [
    coded('ECONNREFUSED'),
    coded('ECONNRESET'),
    coded('57P01', 'terminating connection due to administrator command'),
    coded('57P03', 'the database system is starting up'),
    coded('08006', 'connection failure'),
    new Error('Connection terminated unexpectedly'),
  ]) {
    const problem = toProblemError(error);
    assert.equal(problem.status, 503, error.message);
    assert.equal(problem.slug, 'database-unavailable');
    assert.equal(problem.headers?.['retry-after'], '5');
    assert.match(problem.toProblem().detail ?? '', /nothing was recorded/);
  }
  for (const error of [coded('23505', 'duplicate key'), coded('42P01', 'no such table'), new Error('boom')])
    assert.equal(toProblemError(error).status, 500, error.message);
});
