import assert from 'node:assert/strict';
import { scryptSync } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  hashPassword,
  needsRehash,
  PASSWORD_MAX_LENGTH,
  PasswordRefused,
  passwordIssue,
  verifyPassword,
} from './password.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

describe('password hashing', () => {
  test('the hash carries its parameters, a 16-byte salt and a 32-byte key', async () => {
    const encoded = await hashPassword('correct horse battery');
    const m = /^scrypt\$32768\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(encoded);
    assert.ok(m, encoded);
    assert.equal(Buffer.from(m[1] as string, 'base64').length, 16);
    assert.equal(Buffer.from(m[2] as string, 'base64').length, 32);
    assert.notEqual(await hashPassword('correct horse battery'), encoded, 'a fresh salt every time');
    assert.equal(needsRehash(encoded), false);
  });

  test('the right password verifies, a wrong one does not', async () => {
    const encoded = await hashPassword('correct horse battery');
    assert.equal(await verifyPassword('correct horse battery', encoded), true);
    assert.equal(await verifyPassword('correct horse batterY', encoded), false);
    assert.equal(await verifyPassword('correct horse battery ', encoded), false);
    assert.equal(await verifyPassword('short', encoded), false);
  });

  test('NFKC: the same password typed as composed or decomposed, ligature or full width, matches', async () => {
    const encoded = await hashPassword('caf\u00e9 \ufb01le \uff11\uff12\uff13');
    assert.equal(await verifyPassword('cafe\u0301 file 123', encoded), true);
  });

  test('length rules: at least 10 characters (code points), at most 1024', async () => {
    assert.equal(passwordIssue('123456789'), 'too-short');
    assert.equal(passwordIssue('1234567890'), null);
    assert.equal(passwordIssue('\u{1F600}'.repeat(9)), 'too-short', 'nine emoji are nine characters');
    assert.equal(passwordIssue('x'.repeat(PASSWORD_MAX_LENGTH)), null);
    assert.equal(passwordIssue('x'.repeat(PASSWORD_MAX_LENGTH + 1)), 'too-long');
    // U+FDFA expands to 18 characters under NFKC: counted after normalising.
    assert.equal(passwordIssue('\ufdfa'.repeat(60)), 'too-long');
    assert.equal(passwordIssue('abcdefghij\ud800'), 'not-text');
    assert.equal(passwordIssue(42), 'not-text');
    for (const hidden of [
      'correct\u0000horse battery',
      'correct horse \u202Ebattery',
      'correct\u200Bhorse\u0085battery',
    ])
      assert.equal(passwordIssue(hidden), 'hidden-characters', JSON.stringify(hidden));
    assert.equal(passwordIssue('Пароль с пробелами ✓ 🕊️'), null, 'any script, spaces and emoji are fine');
  });

  test('a refused password is never hashed and never appears in the error', async () => {
    const long = `secret-${'y'.repeat(5_000_000)}`;
    const started = performance.now();
    await assert.rejects(hashPassword(long), (error: unknown) => {
      assert.ok(error instanceof PasswordRefused);
      assert.equal(error.reason, 'too-long');
      assert.ok(!error.message.includes('secret-'));
      return true;
    });
    assert.equal(await verifyPassword(long, null), false);
    assert.ok(performance.now() - started < 1000, 'refused before normalising or hashing');
    await assert.rejects(hashPassword('hunter2pw'), (error: unknown) => {
      assert.ok(error instanceof PasswordRefused);
      assert.equal(error.reason, 'too-short');
      assert.ok(!error.message.includes('hunter2pw'));
      return true;
    });
  });

  test('no stored hash: false, after about as long as a real verification', async () => {
    const encoded = await hashPassword('correct horse battery');
    assert.equal(await verifyPassword('correct horse battery', null), false);
    const real: number[] = [];
    const dummy: number[] = [];
    for (let i = 0; i < 3; i++) {
      real.push(await timed(() => verifyPassword('wrong password here', encoded)));
      dummy.push(await timed(() => verifyPassword('wrong password here', null)));
    }
    assert.ok(median(dummy) > median(real) * 0.5, `dummy ${median(dummy)} ms vs real ${median(real)} ms`);
  });

  test('an older hash with other parameters still verifies and asks to be replaced', async () => {
    const salt = Buffer.alloc(16, 1);
    const key = scryptSync('correct horse battery', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const older = `scrypt$16384$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    assert.equal(await verifyPassword('correct horse battery', older), true);
    assert.equal(await verifyPassword('correct horse batter', older), false);
    assert.equal(needsRehash(older), true);
  });

  test('a malformed or extravagant stored hash throws without echoing it', async () => {
    const salt = Buffer.alloc(16, 2).toString('base64');
    const key = Buffer.alloc(32, 3).toString('base64');
    for (const bad of [
      'plain-text-password',
      `scrypt$32768$8$1$${salt}`,
      `scrypt$30000$8$1$${salt}$${key}`,
      `scrypt$${2 ** 20}$8$1$${salt}$${key}`,
      `bcrypt$32768$8$1$${salt}$${key}`,
    ])
      await assert.rejects(verifyPassword('correct horse battery', bad), (error: Error) => {
        assert.ok(!error.message.includes(bad), bad);
        assert.ok(!error.message.includes('correct horse'));
        return true;
      });
  });
});
