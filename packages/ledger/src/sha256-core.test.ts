import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { concatBytes, toHex, utf8 } from './encoding.ts';
import { fromWords, nodeWords, sha256Bytes, sha256Node, toWords } from './sha256-core.ts';

test('FIPS 180-4 examples', () => {
  assert.equal(
    toHex(sha256Bytes(utf8('abc'))),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
  assert.equal(
    toHex(sha256Bytes(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
  assert.equal(
    toHex(sha256Bytes(new Uint8Array(0))),
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  );
  assert.equal(
    toHex(sha256Bytes(new Uint8Array(1_000_000).fill(0x61))),
    'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
  );
});

test('equals noble for every length 0..300 and random contents (all padding boundaries)', () => {
  for (let n = 0; n <= 300; n++) {
    const data = crypto.getRandomValues(new Uint8Array(n));
    assert.equal(toHex(sha256Bytes(data)), toHex(nobleSha256(data)), `length ${n}`);
  }
});

test('node hashing equals SHA-256(0x01 ‖ left ‖ right) and does not alias its output', () => {
  for (let k = 0; k < 200; k++) {
    const left = crypto.getRandomValues(new Uint8Array(32));
    const right = crypto.getRandomValues(new Uint8Array(32));
    const a = sha256Node(left, right);
    assert.deepEqual(a, nobleSha256(concatBytes(new Uint8Array([1]), left, right)));
    const b = sha256Node(right, left);
    assert.notDeepEqual(a, b, 'a later call must not overwrite an earlier result');
  }
});

test('word-level node hashing equals byte-level, also when the output aliases an input', () => {
  const L = new Int32Array(8);
  const R = new Int32Array(8);
  for (let k = 0; k < 200; k++) {
    const left = crypto.getRandomValues(new Uint8Array(32));
    const right = crypto.getRandomValues(new Uint8Array(32));
    toWords(left, L);
    toWords(right, R);
    assert.deepEqual(fromWords(L), left);
    nodeWords(L, R, R);
    assert.deepEqual(fromWords(R), sha256Node(left, right));
    toWords(right, R);
    nodeWords(L, R, L);
    assert.deepEqual(fromWords(L), sha256Node(left, right));
  }
});
