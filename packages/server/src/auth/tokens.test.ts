import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { isToken, MalformedToken, newToken, TOKEN_PREFIXES, tokenHash, tokenHashOrNull } from './tokens.ts';

describe('tokens', () => {
  test('each kind has its prefix and 32 random bytes', () => {
    for (const [kind, prefix] of Object.entries(TOKEN_PREFIXES) as [keyof typeof TOKEN_PREFIXES, string][]) {
      const token = newToken(kind);
      assert.ok(token.startsWith(prefix));
      assert.match(token, /^c[stil]_[A-Za-z0-9_-]{43}$/);
      assert.equal(Buffer.from(token.slice(3), 'base64url').length, 32);
      assert.ok(isToken(kind, token));
      assert.notEqual(newToken(kind), token);
    }
    assert.deepEqual(TOKEN_PREFIXES, { session: 'cs_', api: 'ct_', invitation: 'ci_', link: 'cl_' });
  });

  test('stored form: the hex SHA-256 of the whole token', () => {
    const token = newToken('api');
    assert.equal(tokenHash('api', token), createHash('sha256').update(token).digest('hex'));
    assert.match(tokenHash('api', token), /^[0-9a-f]{64}$/);
    assert.equal(tokenHashOrNull('api', token), tokenHash('api', token));
  });

  test('a token of another kind, or any malformed value, is refused before hashing', () => {
    const session = newToken('session');
    const body = session.slice(3);
    const refused: unknown[] = [
      'ct_',
      `ct_${body.slice(1)}`,
      `ct_${body}x`,
      `CT_${body}`,
      `ct_${body.slice(0, 42)}+`,
      `ct_${body.slice(0, 42)}=`,
      ` ct_${body.slice(1)}`,
      `ck_${body}`,
      '',
      null,
      42,
      { toString: () => `ct_${body}` },
    ];
    for (const value of refused) {
      assert.equal(isToken('api', value), false, String(value));
      assert.equal(tokenHashOrNull('api', value), null);
    }
    assert.equal(isToken('api', session), false, 'a session token is not an API token');
    assert.equal(isToken('session', session), true);
  });

  test('the same bytes have one spelling only (spare bits of the last character are zero)', () => {
    const token = newToken('session');
    const last = token.at(-1) as string;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] as string;
    assert.equal(isToken('session', token.slice(0, -1) + sibling), false);
  });

  test('the error for a bad token does not contain it', () => {
    const almost = `${newToken('api')}!`;
    assert.throws(
      () => tokenHash('api', almost),
      (error: unknown) => {
        assert.ok(error instanceof MalformedToken);
        assert.equal(error.kind, 'api');
        assert.ok(!error.message.includes(almost.slice(3, 40)));
        assert.ok(!String(error.stack).includes(almost.slice(3, 40)));
        return true;
      },
    );
    const otherKind = newToken('session');
    assert.throws(
      () => tokenHash('api', otherKind),
      (error: Error) => !error.message.includes(otherKind.slice(3)),
    );
  });
});
