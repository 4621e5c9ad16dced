import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Secret, TOTP, URI } from 'otpauth';
import { checkTotp, newTotpSecret, totpCode, totpStep, totpUri } from './totp.ts';

// RFC 6238 appendix B: the SHA-1 key is the ASCII "12345678901234567890"; our 6-digit codes are the last six
// digits of its 8-digit ones.
const RFC_SECRET = Secret.fromLatin1('12345678901234567890').base32;
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP', () => {
  test('RFC 6238 SHA-1 vectors (6 digits)', () => {
    const vectors: [number, string][] = [
      [59, '287082'],
      [1111111109, '081804'],
      [1111111111, '050471'],
      [1234567890, '005924'],
      [2000000000, '279037'],
    ];
    for (const [seconds, code] of vectors)
      assert.equal(totpCode({ secret: RFC_SECRET, now: at(seconds) }), code);
  });

  test('secrets are 20 random bytes in base32', () => {
    const a = newTotpSecret();
    assert.match(a, /^[A-Z2-7]{32}$/);
    assert.equal(Secret.fromBase32(a).bytes.length, 20);
    assert.notEqual(newTotpSecret(), a);
  });

  test('the enrolment URI is what authenticator apps read', () => {
    const secret = newTotpSecret();
    const uri = totpUri({ secret, account: 'olena.k' });
    assert.ok(uri.startsWith('otpauth://totp/Concord:olena.k?'), uri);
    const parsed = URI.parse(uri);
    assert.ok(parsed instanceof TOTP);
    assert.equal(parsed.issuer, 'Concord');
    assert.equal(parsed.label, 'olena.k');
    assert.equal(parsed.algorithm, 'SHA1');
    assert.equal(parsed.digits, 6);
    assert.equal(parsed.period, 30);
    assert.equal(parsed.secret.base32, secret);
  });

  test('a code is accepted in its step and one step either side, and the step is returned', () => {
    const now = at(1_800_000_015);
    const step = totpStep(now);
    assert.equal(step, 60_000_000);
    const code = totpCode({ secret: RFC_SECRET, now });
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now }), { ok: true, step });
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now: at(1_800_000_045) }), {
      ok: true,
      step,
    });
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now: at(1_799_999_985) }), {
      ok: true,
      step,
    });
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now: at(1_800_000_075) }), {
      ok: false,
      reason: 'wrong',
    });
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now: at(1_799_999_955) }), {
      ok: false,
      reason: 'wrong',
    });
    assert.equal(
      checkTotp({ secret: RFC_SECRET, code: ` ${code.slice(0, 3)} ${code.slice(3)} `, lastStep: null, now })
        .ok,
      true,
    );
  });

  test('replay: a code for a step at or before the last accepted one is refused', () => {
    const now = at(1_800_000_015);
    const code = totpCode({ secret: RFC_SECRET, now });
    const first = checkTotp({ secret: RFC_SECRET, code, lastStep: null, now });
    assert.ok(first.ok);
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: first.step, now }), {
      ok: false,
      reason: 'replayed',
    });
    // Still refused ten seconds later, while the same code is on the screen.
    assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: first.step, now: at(1_800_000_025) }), {
      ok: false,
      reason: 'replayed',
    });
    // The previous step's code, still inside the window, is refused too once a later step was used.
    const previous = totpCode({ secret: RFC_SECRET, now: at(1_799_999_995) });
    assert.equal(checkTotp({ secret: RFC_SECRET, code: previous, lastStep: first.step, now }).ok, false);
    // The next step's code is fine.
    const next = totpCode({ secret: RFC_SECRET, now: at(1_800_000_035) });
    assert.deepEqual(
      checkTotp({ secret: RFC_SECRET, code: next, lastStep: first.step, now: at(1_800_000_035) }),
      {
        ok: true,
        step: first.step + 1,
      },
    );
  });

  test('malformed codes and secrets', () => {
    const now = at(1_800_000_015);
    for (const code of ['', '12345', '1234567', 'abcdef', '12345a', '１２３４５６'])
      assert.deepEqual(checkTotp({ secret: RFC_SECRET, code, lastStep: null, now }), {
        ok: false,
        reason: 'malformed',
      });
    const bad = 'not-a-secret-0189';
    assert.throws(
      () => checkTotp({ secret: bad, code: '123456', lastStep: null, now }),
      (error: Error) => !error.message.includes(bad),
    );
    assert.throws(() => totpUri({ secret: RFC_SECRET.toLowerCase(), account: 'x' }), /32 base32/);
  });
});
