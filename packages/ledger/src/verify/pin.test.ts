import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateNoteKey } from '../note-key.ts';
import { checkPinnedKey, describeKey } from './pin.ts';

const first = generateNoteKey('concord.local/log').verifierKey;
const second = generateNoteKey('concord.local/log').verifierKey;

test('a first key is remembered, the same key holds, another key for the same log is an alarm', () => {
  const fresh = checkPinnedKey(null, first);
  assert.equal(fresh.ok, true);
  assert.match(fresh.detail, /First check of log concord\.local\/log/);
  const same = checkPinnedKey({ verifierKey: first, since: '2026-12-01' }, first);
  assert.equal(same.ok, true);
  assert.match(same.detail, /since 2026-12-01/);
  const changed = checkPinnedKey({ verifierKey: first, since: '2026-12-01' }, second);
  assert.equal(changed.ok, false);
  assert.equal(changed.code, 'KEY_MISMATCH');
  assert.equal(changed.id, 'key');
  assert.ok(changed.detail.includes(describeKey(first).fingerprint));
  assert.ok(changed.detail.includes(describeKey(second).fingerprint));
});

test('an unreadable key is described, not thrown', () => {
  assert.deepEqual(describeKey('garbage'), { name: 'garbage', fingerprint: 'unreadable' });
  assert.equal(checkPinnedKey({ verifierKey: first, since: '' }, 'garbage').ok, false);
});
