import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { requestKind, tokenBuckets } from './rate-limit.ts';

function clock() {
  let t = 1_800_000_000_000;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

describe('token buckets', () => {
  test('a burst, then one request per refill, each refusal naming the wait', () => {
    const c = clock();
    const buckets = tokenBuckets(c.now);
    const rate = { perSecond: 2, burst: 3 };
    for (let i = 0; i < 3; i++) assert.equal(buckets.take('a', rate), 0, `request ${i + 1}`);
    assert.equal(buckets.take('a', rate), 0.5);
    assert.equal(buckets.take('b', rate), 0, 'another key has its own bucket');
    c.advance(0.25);
    assert.equal(buckets.take('a', rate), 0.25, 'refusals spend nothing');
    c.advance(0.25);
    assert.equal(buckets.take('a', rate), 0);
    assert.equal(buckets.take('a', rate), 0.5);
    c.advance(3600);
    for (let i = 0; i < 3; i++) assert.equal(buckets.take('a', rate), 0, 'refilled to the burst, no further');
    assert.ok(buckets.take('a', rate) > 0);
  });

  test('keys beyond the cap forget the buckets that have filled up again', () => {
    const c = clock();
    const buckets = tokenBuckets(c.now);
    const rate = { perSecond: 1, burst: 1 };
    for (let i = 0; i < 10_000; i++) buckets.take(`k${i}`, rate);
    assert.equal(buckets.size, 10_000);
    c.advance(2);
    buckets.take('new', rate);
    assert.equal(buckets.size, 1);
  });
});

test('requestKind', () => {
  assert.equal(requestKind('GET', '/api/processes'), 'read');
  assert.equal(requestKind('HEAD', '/api/log/entries'), 'read');
  assert.equal(requestKind('POST', '/api/processes'), 'write');
  assert.equal(requestKind('DELETE', '/api/versions/x/points/y'), 'write');
  assert.equal(requestKind('POST', '/api/auth/password'), 'signIn');
  assert.equal(requestKind('GET', '/api/versions/0190/analysis'), 'analysis');
  assert.equal(requestKind('GET', '/api/versions/0190/domain'), 'analysis');
  assert.equal(requestKind('PUT', '/api/versions/0190/acceptability'), 'analysis');
  assert.equal(requestKind('GET', '/api/versions/0190/acceptability/common'), 'analysis');
  assert.equal(requestKind('GET', '/api/versions/0190/analysis-notes'), 'read');
});
