import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { concatBytes, toHex } from './encoding.ts';
import { hashChildren } from './hashing.ts';
import { fromWords, toWords } from './sha256-core.ts';
import { nodeWordsUnrolled } from './sha256-node.ts';

const nodeReference = (left: Uint8Array, right: Uint8Array) =>
  toHex(nobleSha256(concatBytes(new Uint8Array([1]), left, right)));

test('hashChildren equals noble SHA-256(0x01 ‖ left ‖ right) on random inputs and every last byte', () => {
  for (let k = 0; k < 5000; k++) {
    const left = crypto.getRandomValues(new Uint8Array(32));
    const right = crypto.getRandomValues(new Uint8Array(32));
    // right[31] selects the precomputed second-block schedule: cover all 256 of them, several times.
    right[31] = k & 0xff;
    assert.equal(toHex(hashChildren(left, right)), nodeReference(left, right), `case ${k}`);
  }
});

test('hashChildren on edge patterns (all zero, all 0xff, alternating) and fresh outputs', () => {
  const patterns = [0x00, 0xff, 0x80, 0x01, 0x55, 0xaa].map((b) => new Uint8Array(32).fill(b));
  const seen = new Set<string>();
  for (const left of patterns) {
    for (const right of patterns) {
      const out = hashChildren(left, right);
      assert.equal(toHex(out), nodeReference(left, right));
      seen.add(toHex(out));
    }
  }
  assert.equal(seen.size, patterns.length ** 2, 'each call returns its own result');
});

test('word-form node hash equals noble and allows the output to alias either input', () => {
  const L = new Int32Array(8);
  const R = new Int32Array(8);
  for (let k = 0; k < 1000; k++) {
    const left = crypto.getRandomValues(new Uint8Array(32));
    const right = crypto.getRandomValues(new Uint8Array(32));
    const expected = nodeReference(left, right);
    toWords(left, L);
    toWords(right, R);
    nodeWordsUnrolled(L, R, R);
    assert.equal(toHex(fromWords(R)), expected);
    toWords(right, R);
    nodeWordsUnrolled(L, R, L);
    assert.equal(toHex(fromWords(L)), expected);
  }
});
