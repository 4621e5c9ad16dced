import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceOf, sha256Hex } from './evidence-hash.ts';

test('sha256Hex gives the FIPS 180-2 digest of "abc"', async () => {
  assert.equal(
    await sha256Hex(new TextEncoder().encode('abc')),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  );
});

test('evidenceOf keeps the hash, name, size and a valid media type, never the content', async () => {
  const bytes = new TextEncoder().encode('abc');
  const file = {
    name: 'report.pdf',
    size: 3,
    type: '',
    arrayBuffer: async () => bytes.buffer as ArrayBuffer,
  };
  const ref = await evidenceOf(file);
  assert.deepEqual(ref, {
    sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    name: 'report.pdf',
    size: 3,
    type: 'application/octet-stream',
  });
});
