import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHex, toHex, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { emptyRoot, hashChildren, hashLeaf, sha256 } from './hashing.ts';

test('sha256 known answers (FIPS 180-2)', () => {
  assert.equal(
    toHex(sha256(utf8('abc'))),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
  assert.equal(toHex(emptyRoot()), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

// Known answers from transparency-dev/merkle testonly/constants.go (also in testdata/reference-subset.json).
test('RFC 6962 leaf and node hashes', () => {
  assert.equal(
    toHex(hashLeaf(new Uint8Array(0))),
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  );
  const l0 = hashLeaf(new Uint8Array(0));
  const l1 = hashLeaf(fromHex('00'));
  assert.equal(toHex(l1), '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7');
  assert.equal(
    toHex(hashChildren(l0, l1)),
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  );
});

test('hashChildren refuses non-32-byte children', () => {
  const h = sha256(utf8('x'));
  assert.throws(
    () => hashChildren(h, h.subarray(1)),
    (e) => e instanceof LedgerError && e.code === 'BAD_INPUT',
  );
  assert.throws(
    () => hashChildren(new Uint8Array(33), h),
    (e) => e instanceof LedgerError && e.code === 'BAD_INPUT',
  );
});

test('emptyRoot returns a fresh copy', () => {
  const r = emptyRoot();
  r[0] = 0;
  assert.equal(emptyRoot()[0], 0xe3);
});
