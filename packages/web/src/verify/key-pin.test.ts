import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pinKey, readPinnedKey } from './key-pin.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

test('a pinned key is read back per log name; garbage and other logs read as nothing pinned', () => {
  const storage = memoryStorage();
  assert.equal(readPinnedKey(storage, 'concord.local/log'), null);
  pinKey(storage, 'concord.local/log', 'concord.local/log+abcd+KEY', '2026-12-07');
  assert.deepEqual(readPinnedKey(storage, 'concord.local/log'), {
    verifierKey: 'concord.local/log+abcd+KEY',
    since: '2026-12-07',
  });
  assert.equal(readPinnedKey(storage, 'other.example/log'), null);
  storage.items.set('concord:log-key:broken', '{not json');
  assert.equal(readPinnedKey(storage, 'broken'), null);
  storage.items.set('concord:log-key:empty', JSON.stringify({ verifierKey: '' }));
  assert.equal(readPinnedKey(storage, 'empty'), null);
});
