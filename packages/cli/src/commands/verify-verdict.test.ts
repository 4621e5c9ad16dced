// The verdict line of `concord verify`: what it says about the key's origin and the witnesses, and that text from
// a bundle cannot act on the terminal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BundleVerdict } from '@concord/ledger/verify';
import { describeRecorded, verdictLine } from './verify-verdict.ts';

const verdict = (over: Partial<BundleVerdict> = {}): BundleVerdict => ({
  index: 7,
  origin: 'concord.local/log',
  size: 40,
  key: { name: 'concord.local/log', fingerprint: '1a2b 3c4d 5e6f 7a8b', source: 'bundle' },
  witnesses: [],
  confidential: false,
  event: { id: 'e7', type: 'version.created', data: { version: { label: 'December framework' } } },
  textChecked: false,
  ...over,
});

test('a key from the bundle is said to be unchecked; a key the reader gave is said to be theirs', () => {
  assert.match(verdictLine(verdict()), /named in the bundle itself \(not checked against a key you trust: /);
  const given = verdictLine(verdict({ key: { ...verdict().key, source: 'reader' } }));
  assert.match(given, /signed by the log key concord\.local\/log \[1a2b 3c4d 5e6f 7a8b\] you gave; /);
  assert.doesNotMatch(given, /named in the bundle/);
});

test('witnesses by name and time, with where their key came from', () => {
  const line = verdictLine(
    verdict({
      witnesses: [
        { name: 'witness.ua', timestamp: 1764720000, source: 'bundle' },
        { name: 'witness.e3', timestamp: 1764723600, source: 'reader' },
      ],
    }),
  );
  assert.match(
    line,
    /; witnessed by witness\.ua at 2025-12-03 00:00 UTC \(key from the bundle\), witness\.e3 at 2025-12-03 01:00 UTC$/,
  );
  assert.match(verdictLine(verdict()), /; witnessed by no one$/);
});

test('what the entry records, a confidential entry, and a checked copy', () => {
  assert.match(
    verdictLine(verdict()),
    /^verified: entry 7 of concord\.local\/log; it records version\.created “December framework” \(event e7\); in the tree of 40 entries; /,
  );
  assert.match(verdictLine(verdict({ textChecked: true })), /\(event e7\), exactly as in your copy; /);
  assert.match(
    verdictLine(verdict({ confidential: true, event: null })),
    /; a confidential entry: its leaf hash is in the log, what it records is not in the bundle; /,
  );
  assert.equal(describeRecorded('not an object'), 'an event');
});

test('escape sequences and reordering characters from the bundle are shown, not obeyed', () => {
  const event = { id: 'e\u001b[2J', type: 'process.created', data: { title: 'Gaza \u202e2025\nnext' } };
  const line = verdictLine(verdict({ event }));
  for (const c of ['\u001b', '\u202e', '\n']) assert.ok(!line.includes(c), line);
  assert.match(line, /⟦U\+202E⟧/);
});
