import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bytesEqual, concatBytes, fromBase64, fromHex, toBase64, toHex, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';

const isBadInput = (e: unknown) => e instanceof LedgerError && e.code === 'BAD_INPUT';

describe('base64', () => {
  // RFC 4648 §10 test vectors.
  const vectors: [string, string][] = [
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg=='],
    ['fooba', 'Zm9vYmE='],
    ['foobar', 'Zm9vYmFy'],
  ];
  for (const [plain, encoded] of vectors) {
    test(`RFC 4648 "${plain}"`, () => {
      assert.equal(toBase64(utf8(plain)), encoded);
      assert.deepEqual(fromBase64(encoded), utf8(plain));
    });
  }

  test('round-trips every byte value and every length', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 256; n++)
      assert.deepEqual(fromBase64(toBase64(all.subarray(0, n))), all.subarray(0, n));
  });

  test('refuses malformed input', () => {
    for (const bad of [
      'Zg',
      'Zg=',
      'Zh==',
      'Zm9=',
      'Zm 9v',
      'Zm9v\n',
      'Zm-_',
      '====',
      'Z===',
      'Zm=v',
      'Zg==Zg==',
    ]) {
      assert.throws(() => fromBase64(bad), isBadInput, bad);
    }
  });
});

describe('hex', () => {
  test('round-trips and accepts upper case', () => {
    assert.equal(toHex(new Uint8Array([0, 1, 171, 255])), '0001abff');
    assert.deepEqual(fromHex('0001ABff'), new Uint8Array([0, 1, 171, 255]));
  });
  test('refuses odd length and non-hex', () => {
    for (const bad of ['0', 'zz', '0x00', ' 00']) assert.throws(() => fromHex(bad), isBadInput, bad);
  });
});

test('bytesEqual and concatBytes', () => {
  assert.equal(bytesEqual(utf8('ab'), utf8('ab')), true);
  assert.equal(bytesEqual(utf8('ab'), utf8('ac')), false);
  assert.equal(bytesEqual(utf8('ab'), utf8('abc')), false);
  assert.deepEqual(concatBytes(utf8('a'), new Uint8Array(0), utf8('bc')), utf8('abc'));
  assert.deepEqual(utf8('€'), new Uint8Array([0xe2, 0x82, 0xac]));
});
