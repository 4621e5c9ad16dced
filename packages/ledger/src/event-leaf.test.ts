import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canonicalJson } from './canonical-json.ts';
import { fromHex, toHex, utf8 } from './encoding.ts';
import { LedgerError } from './errors.ts';
import { eventLeafData, eventLeafHash, newSalt } from './event-leaf.ts';
import { hashLeaf, sha256 } from './hashing.ts';

const salt = fromHex(`${'00'.repeat(31)}01`);

test('leaf data is SHA-256(salt ‖ UTF-8 of the canonical event); leaf hash is its RFC 6962 leaf hash', () => {
  const event = canonicalJson({ type: 'draft.published', title: 'Ceasefire — 1', n: 1 });
  const bytes = new Uint8Array([...salt, ...utf8(event)]);
  assert.deepEqual(eventLeafData(salt, event), sha256(bytes));
  assert.deepEqual(eventLeafHash(salt, event), hashLeaf(sha256(bytes)));
  // Pinned value, so the leaf definition cannot change silently (it is what every stored entry commits to).
  assert.equal(
    toHex(eventLeafHash(salt, '{"a":1}')),
    toHex(hashLeaf(sha256(new Uint8Array([...salt, 0x7b, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d])))),
  );
});

test('different salts give unrelated leaves for the same event', () => {
  const a = newSalt();
  const b = newSalt();
  assert.equal(a.length, 32);
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(eventLeafHash(a, '{}'), eventLeafHash(b, '{}'));
});

test('refuses a salt that is not 32 bytes', () => {
  const isBad = (e: unknown) => e instanceof LedgerError && e.code === 'BAD_INPUT';
  assert.throws(() => eventLeafData(new Uint8Array(16), '{}'), isBad);
  assert.throws(() => eventLeafHash(salt, 5 as unknown as string), isBad);
});
