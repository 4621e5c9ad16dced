import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addressKey, createSignInLimiter } from './rate-limit.ts';

function clock(start = 1_800_000_000_000) {
  let t = start;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
}

const fail = (limiter: ReturnType<typeof createSignInLimiter>, account: string | null, address: string) =>
  limiter.attempt({ account, address }).allowed;

describe('sign-in rate limit', () => {
  test('five attempts per account in 15 minutes, then "retry after" until the window closes', () => {
    const c = clock();
    const limiter = createSignInLimiter({ now: c.now });
    for (let i = 0; i < 5; i++) {
      assert.equal(fail(limiter, 'olena', `10.0.0.${i}`), true, `attempt ${i + 1}`);
      c.advance(60);
    }
    // Five minutes after the first attempt: ten minutes left, from any address, in any letter case.
    assert.deepEqual(limiter.attempt({ account: 'Olena', address: '192.0.2.9' }), {
      allowed: false,
      retryAfterSeconds: 600,
    });
    assert.deepEqual(limiter.status({ account: ' OLENA ', address: '192.0.2.9' }), {
      allowed: false,
      retryAfterSeconds: 600,
    });
    c.advance(599.5);
    assert.deepEqual(limiter.status({ account: 'olena', address: '192.0.2.9' }), {
      allowed: false,
      retryAfterSeconds: 1,
    });
    c.advance(0.5);
    assert.equal(fail(limiter, 'olena', '192.0.2.9'), true, 'refused attempts were not counted');
    // Another account is untouched.
    assert.equal(fail(limiter, 'taras', '10.0.0.1'), true);
  });

  test('twenty attempts per address, whatever the accounts', () => {
    const c = clock();
    const limiter = createSignInLimiter({ now: c.now });
    for (let i = 0; i < 20; i++) assert.equal(fail(limiter, `user${i}`, '198.51.100.7'), true);
    const refused = limiter.attempt({ account: 'someone-else', address: '198.51.100.7' });
    assert.deepEqual(refused, { allowed: false, retryAfterSeconds: 900 });
    assert.deepEqual(limiter.attempt({ address: '198.51.100.7' }), {
      allowed: false,
      retryAfterSeconds: 900,
    });
    assert.equal(fail(limiter, 'someone-else', '198.51.100.8'), true);
  });

  test('a success clears the account and takes its attempt back on the address, but does not reset the address', () => {
    const c = clock();
    const limiter = createSignInLimiter({ now: c.now });
    for (let i = 0; i < 4; i++) assert.equal(fail(limiter, 'olena', '203.0.113.1'), true);
    const attempt = limiter.attempt({ account: 'olena', address: '203.0.113.1' });
    assert.ok(attempt.allowed);
    attempt.succeeded();
    attempt.succeeded();
    // The account may try five more times; the address has spent its four failures.
    for (let i = 0; i < 5; i++) assert.equal(fail(limiter, 'olena', '203.0.113.1'), true);
    assert.equal(fail(limiter, 'olena', '203.0.113.1'), false);
    for (let i = 0; i < 11; i++) assert.equal(fail(limiter, `guess${i}`, '203.0.113.1'), true);
    assert.deepEqual(limiter.status({ account: 'new', address: '203.0.113.1' }), {
      allowed: false,
      retryAfterSeconds: 900,
    });
  });

  test('attempts are counted when they start: a parallel burst gets five through, not more', () => {
    const limiter = createSignInLimiter({ now: clock().now });
    const burst = Array.from({ length: 30 }, (_, i) =>
      limiter.attempt({ account: 'olena', address: `10.1.0.${i}` }),
    );
    assert.equal(burst.filter((a) => a.allowed).length, 5);
  });

  test('usernameless attempts count only against the address', () => {
    const limiter = createSignInLimiter({ now: clock().now });
    for (let i = 0; i < 20; i++) assert.equal(fail(limiter, null, '2001:db8:1:2::5'), true);
    assert.equal(fail(limiter, null, '2001:db8:1:2:ffff::9'), false, 'same /64');
    assert.equal(fail(limiter, null, '2001:db8:1:3::5'), true, 'another /64');
    assert.equal(limiter.sizes.accounts, 0);
  });

  test('address keys: IPv4, IPv4-mapped IPv6, IPv6 by /64', () => {
    assert.equal(addressKey('192.0.2.1'), '192.0.2.1');
    assert.equal(addressKey('::ffff:192.0.2.1'), '192.0.2.1');
    assert.equal(addressKey('::FFFF:192.0.2.1'), '192.0.2.1');
    assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(addressKey('2001:0DB8:0000:0000:abcd::1'), '2001:db8:0:0::/64');
    assert.equal(addressKey('[2001:db8:aa:bb:cc::1]'), '2001:db8:aa:bb::/64');
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressKey('::1'), '0:0:0:0::/64');
    assert.equal(addressKey('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64');
    assert.equal(addressKey('unknown'), 'other:unknown');
    assert.equal(addressKey('x'.repeat(1000)).length, 70);
  });

  test('memory is bounded: expired keys are dropped, and a full map drops the key closest to expiry', () => {
    const c = clock();
    const limiter = createSignInLimiter({ now: c.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) {
      limiter.attempt({ account: `user${i}`, address: `10.2.${i >> 8}.${i & 255}` });
      c.advance(0.01);
    }
    assert.deepEqual(limiter.sizes, { accounts: 100, addresses: 100 });
    // The newest keys were kept: user999 has spent one attempt.
    for (let i = 0; i < 4; i++) assert.equal(fail(limiter, 'user999', '192.0.2.50'), true);
    assert.equal(fail(limiter, 'user999', '192.0.2.51'), false);
    c.advance(15 * 60);
    limiter.status({ account: 'anyone', address: '192.0.2.1' });
    assert.deepEqual(limiter.sizes, { accounts: 0, addresses: 0 });
  });

  test('custom rules', () => {
    const c = clock();
    const limiter = createSignInLimiter({
      now: c.now,
      account: { maxAttempts: 2, windowSeconds: 60 },
      address: { maxAttempts: 100, windowSeconds: 60 },
    });
    assert.equal(fail(limiter, 'a', '10.0.0.1'), true);
    assert.equal(fail(limiter, 'a', '10.0.0.1'), true);
    assert.deepEqual(limiter.attempt({ account: 'a', address: '10.0.0.1' }), {
      allowed: false,
      retryAfterSeconds: 60,
    });
    c.advance(60);
    assert.equal(fail(limiter, 'a', '10.0.0.1'), true);
  });
});
